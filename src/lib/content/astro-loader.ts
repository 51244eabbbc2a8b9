/**
 * An Astro content loader for the YAML data collections (sources, claims, events). It reads
 * files with the same reader as the content checker, so ids, lists and dates are parsed one way.
 */
import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import type { DataCollection } from '../../schema/index.ts';
import { listCollectionFiles, readRecordFile } from './read-files.ts';
import { ContentError, type Problem } from './problem.ts';

export function yamlRecords(options: { collection: DataCollection; root: string; contentDir: string }): Loader {
  const contentDir = resolve(options.root, options.contentDir);
  return {
    name: 'yaml-records',
    async load({ store, parseData, generateDigest, watcher, logger }) {
      const sync = async () => {
        const problems: Problem[] = [];
        const files = listCollectionFiles(options.root, contentDir, options.collection, problems);
        const records = files.flatMap((f) => readRecordFile(options.root, options.collection, f, problems));
        if (problems.length) throw new ContentError(problems);
        store.clear();
        for (const record of records) {
          const raw = record.data as Record<string, unknown>;
          const id = String(raw.id);
          const data = await parseData({ id, data: raw, filePath: record.file });
          store.set({ id, data, filePath: record.file, digest: generateDigest(raw) });
        }
      };
      await sync();
      if (watcher) {
        const dir = join(contentDir, options.collection);
        watcher.add(dir);
        const onChange = (path: string) => {
          // Editors' temporary and backup files are not content; the check reports strays.
          if (!path.startsWith(dir) || !/\.ya?ml$/.test(path)) return;
          sync().catch((error: unknown) => logger.error(String(error instanceof Error ? error.message : error)));
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}
