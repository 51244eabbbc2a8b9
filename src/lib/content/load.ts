/**
 * Reads the content folder as files on disk, with line numbers. Shared by the content
 * checker, the build guard and the Astro loaders, so every consumer sees the same records.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataCollection } from '../../schema/index.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml.ts';
import type { Problem } from './problem.ts';

/** Images a report may show, next to its .mdx file; Astro re-encodes them without metadata. */
export const ARTICLE_IMAGE = /\.(?:jpe?g|png|webp|avif)$/i;

export const COLLECTION_FOLDERS = {
  reports: { pattern: /\.mdx$/, describe: '.mdx files (and the images they show)' },
  sources: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  claims: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  events: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  entities: { pattern: /\.ya?ml$/, describe: '.yaml files' },
} as const;

export type CollectionFolder = keyof typeof COLLECTION_FOLDERS;

/** One record read from a data file (a file holds one mapping or a list of them). */
export interface RawRecord {
  collection: DataCollection;
  file: string;
  /** Position in the file's list, or null for a file that holds one record. */
  index: number | null;
  data: unknown;
  lineOf(path: ReadonlyArray<string | number>): number;
}

export interface RawArticle {
  /** The file name without extension: the report's id and URL segment. */
  id: string;
  file: string;
  absolutePath: string;
  data: unknown;
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
  lineOf(path: ReadonlyArray<string | number>): number;
}

export interface LoadedContent {
  articles: RawArticle[];
  records: Record<DataCollection, RawRecord[]>;
  problems: Problem[];
}

const toPosix = (p: string) => p.split(sep).join('/');

/** The content files of one folder, in a stable order; anything we would not load is a problem. */
export function listCollectionFiles(root: string, contentDir: string, folder: CollectionFolder, problems: Problem[]): string[] {
  const dir = join(contentDir, folder);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const rel = toPosix(relative(root, path));
    if (statSync(path).isDirectory()) {
      problems.push({ file: rel, field: '', rule: 'unexpected-file', message: `expected ${COLLECTION_FOLDERS[folder].describe} directly in content/${folder}/, found a folder: its files would not be published` });
    } else if (folder === 'reports' && ARTICLE_IMAGE.test(name)) {
      continue;
    } else if (!COLLECTION_FOLDERS[folder].pattern.test(name)) {
      problems.push({ file: rel, field: '', rule: 'unexpected-file', message: `expected ${COLLECTION_FOLDERS[folder].describe} in content/${folder}/, found "${name}": it would not be published` });
    } else files.push(path);
  }
  return files;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readArticle(root: string, path: string, problems: Problem[]): RawArticle | null {
  const text = readFileSync(path, 'utf8');
  const file = toPosix(relative(root, path));
  const id = path.slice(path.lastIndexOf(sep) + 1).replace(/\.mdx$/, '');
  const m = FRONTMATTER.exec(text);
  if (!m) {
    problems.push({ file, line: 1, field: '', rule: 'frontmatter', message: 'expected YAML frontmatter between "---" lines at the top of the file, found none' });
    return null;
  }
  // Frontmatter starts on line 2, after the opening "---".
  const yaml = parseLocatedYaml(m[1]!, 1);
  for (const e of yaml.errors) {
    problems.push({ file, line: e.line, field: '', rule: 'yaml', message: `expected valid YAML frontmatter, found a syntax error: ${e.message}` });
  }
  if (yaml.errors.length) return null;
  const bodyLine = m[0].split('\n').length;
  return { id, file, absolutePath: path, data: yaml.value ?? {}, body: text.slice(m[0].length), bodyLine, lineOf: yaml.lineOf };
}

/**
 * Parsed data files, shared by the build guard and the collection loaders, which run in one
 * process but load this module twice (once with the config, once through Vite): hence a
 * global. A file is parsed again only when it changes on disk.
 */
const parsedFiles: Map<string, { mtimeMs: number; size: number; yaml: LocatedYaml }> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('colony.parsedYamlFiles')
] ??= new Map()) as Map<string, { mtimeMs: number; size: number; yaml: LocatedYaml }>;

function readYamlFile(path: string): LocatedYaml {
  const { mtimeMs, size } = statSync(path);
  const cached = parsedFiles.get(path);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.yaml;
  const yaml = parseLocatedYaml(readFileSync(path, 'utf8'));
  parsedFiles.set(path, { mtimeMs, size, yaml });
  return yaml;
}

export function readRecordFile(root: string, collection: DataCollection, path: string, problems: Problem[]): RawRecord[] {
  const file = toPosix(relative(root, path));
  const yaml = readYamlFile(path);
  for (const e of yaml.errors) {
    problems.push({ file, line: e.line, field: '', rule: 'yaml', message: `expected valid YAML, found a syntax error: ${e.message}` });
  }
  if (yaml.errors.length) return [];
  const value = yaml.value;
  if (Array.isArray(value)) {
    return value.map((data, index) => ({
      collection,
      file,
      index,
      data,
      lineOf: (p: ReadonlyArray<string | number>) => yaml.lineOf([index, ...p]),
    }));
  }
  if (value && typeof value === 'object') return [{ collection, file, index: null, data: value, lineOf: yaml.lineOf }];
  problems.push({ file, line: 1, field: '', rule: 'yaml', message: `expected a ${collection} record (a YAML mapping) or a list of them, found ${value === null || value === undefined ? 'an empty file' : typeof value}` });
  return [];
}

export function loadContent(root: string, contentDir: string): LoadedContent {
  const problems: Problem[] = [];
  const articles = listCollectionFiles(root, contentDir, 'reports', problems)
    .map((p) => readArticle(root, p, problems))
    .filter((a): a is RawArticle => a !== null);
  const records = { sources: [], claims: [], events: [], entities: [] } as Record<DataCollection, RawRecord[]>;
  for (const collection of Object.keys(records) as DataCollection[]) {
    for (const path of listCollectionFiles(root, contentDir, collection, problems)) {
      records[collection].push(...readRecordFile(root, collection, path, problems));
    }
  }
  try {
    for (const name of readdirSync(contentDir).sort()) {
      if (name.startsWith('.') || name in COLLECTION_FOLDERS) continue;
      problems.push({ file: toPosix(relative(root, join(contentDir, name))), field: '', rule: 'unexpected-file', message: `expected only the folders ${Object.keys(COLLECTION_FOLDERS).join(', ')} in content/, found "${name}": it would not be published` });
    }
  } catch {
    problems.push({ file: toPosix(relative(root, contentDir)), field: '', rule: 'missing-content', message: 'expected a content folder, found none' });
  }
  return { articles, records, problems };
}
