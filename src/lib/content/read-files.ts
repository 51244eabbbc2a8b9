/**
 * Reads the content folder as files on disk, with line numbers. Shared by the content
 * checker, the build guard and the Astro loaders, so every consumer sees the same records.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { ID_MAX_LENGTH, isPublished, SLUG_PATTERN, type DataCollection } from '../../schema/index.ts';
import { parseLocatedYaml, parseLocatedYamlDocument, yamlFailure, type LocatedYaml } from './yaml.ts';
import type { Problem } from './problem.ts';
import { missingContent } from './rules/file/missing-content.ts';
import { unexpectedFile } from './rules/file/unexpected-file.ts';
import { symlink } from './rules/file/symlink.ts';
import { fileName } from './rules/file/file-name.ts';
import { unreadable } from './rules/file/unreadable.ts';
import { encoding } from './rules/file/encoding.ts';
import { frontmatter } from './rules/file/frontmatter.ts';
import { yamlSyntax } from './rules/file/yaml-syntax.ts';
import { schemaShape } from './rules/record/schema.ts';
import { DEFAULT_LOCALE, LOCALES } from '../text/locales.ts';

/**
 * Files editors and operating systems leave beside content (macOS metadata, Vim swap files,
 * Emacs locks and backups, LibreOffice locks). They are not content: the check and the build
 * both ignore them. Any other dot file is refused, since nothing would show it to a reviewer.
 */
export const EDITOR_FILE = /^(?:\.DS_Store|\._.*|\..*\.sw[a-p]|\.#.*|\.~lock\..*#|#.*#|.*~|Thumbs\.db|desktop\.ini)$/;

/** Decodes a file as UTF-8, refusing invalid bytes instead of turning them into U+FFFD. */
export function readUtf8(path: string): { text: string } | { line: number; message: string } {
  const bytes = readFileSync(path);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Locate the first invalid byte: decode growing prefixes' line counts cheaply by scanning.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    const line = bad < 0 ? 1 : lenient.slice(0, bad).split('\n').length;
    return { line, message: 'expected text encoded as UTF-8, found bytes that are not: save the file as UTF-8' };
  }
}

/** Images a report may show, next to its .mdx file; Astro re-encodes them without metadata. */
export const REPORT_IMAGE = /\.(?:jpe?g|png|webp|avif)$/i;

const COLLECTION_FOLDERS = {
  reports: { pattern: /\.mdx$/, describe: '.mdx files (and the images they show)' },
  sources: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  claims: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  findings: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  events: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  entities: { pattern: /\.ya?ml$/, describe: '.yaml files' },
  // Witness texts and the judgements of their collation (src/lib/content/collation-files.ts reads them).
  texts: { pattern: /\.txt$/, describe: '.txt files (plain UTF-8 text, named after a source id)' },
  collations: { pattern: /\.ya?ml$/, describe: '.yaml files' },
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

export interface RawReport {
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
  reports: RawReport[];
  records: Record<DataCollection, RawRecord[]>;
  problems: Problem[];
}

const toPosix = (p: string) => p.split(sep).join('/');

/**
 * Languages a report may be translated into: content/reports/<language>/<id>.mdx, read with every
 * rule a report keeps. Its id is "<language>/<id>".
 */
const TRANSLATION_LOCALES: readonly string[] = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** The content files of one folder, in a stable order; anything we would not load is a problem. */
export function listCollectionFiles(root: string, contentDir: string, folder: CollectionFolder, problems: Problem[], subfolder?: string): string[] {
  const dir = subfolder ? join(contentDir, folder, subfolder) : join(contentDir, folder);
  let names: string[];
  try {
    if (lstatSync(dir).isSymbolicLink()) {
      problems.push({ file: toPosix(relative(root, dir)), field: '', rule: symlink.id, message: `expected content/${folder} to be a folder, found a symbolic link: nothing outside content/ is published` });
      return [];
    }
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names) {
    if (EDITOR_FILE.test(name)) continue;
    const path = join(dir, name);
    const rel = toPosix(relative(root, path));
    const stat = lstatSync(path);
    if (name.startsWith('.')) {
      problems.push({ file: rel, field: '', rule: unexpectedFile.id, message: `expected no hidden files in content/${folder}/, found "${name}": nothing would show it to a reviewer` });
    } else if (stat.isSymbolicLink()) {
      // The bundler follows links, so a link would publish (or run) a file from anywhere.
      problems.push({ file: rel, field: '', rule: symlink.id, message: `expected a regular file in content/${folder}/, found a symbolic link: copy the file in instead` });
    } else if (stat.isDirectory() && folder === 'reports' && !subfolder && TRANSLATION_LOCALES.includes(name)) {
      files.push(...listCollectionFiles(root, contentDir, folder, problems, name));
    } else if (stat.isDirectory()) {
      problems.push({ file: rel, field: '', rule: unexpectedFile.id, message: `expected ${COLLECTION_FOLDERS[folder].describe} directly in content/${folder}/, found a folder: its files would not be published` });
    } else if (!stat.isFile()) {
      problems.push({ file: rel, field: '', rule: unexpectedFile.id, message: `expected a regular file in content/${folder}/, found a special file` });
    } else if (folder === 'reports' && REPORT_IMAGE.test(name)) {
      continue;
    } else if (!COLLECTION_FOLDERS[folder].pattern.test(name)) {
      problems.push({ file: rel, field: '', rule: unexpectedFile.id, message: `expected ${COLLECTION_FOLDERS[folder].describe} in content/${folder}/, found "${name}": it would not be published` });
    } else if (folder === 'reports' && !isReportFileName(name)) {
      problems.push({
        file: rel,
        field: '',
        rule: fileName.id,
        message: `expected a report file name of lowercase ASCII letters, digits and single hyphens, at most ${ID_MAX_LENGTH} characters, found "${name.slice(0, 120)}": the name is the report's address`,
        hint: 'rename it, e.g. "andrei-story.mdx"',
      });
    } else files.push(path);
  }
  return files;
}

/** A report's file name is its id and address, so it is held to the id rule. */
function isReportFileName(name: string): boolean {
  const id = name.replace(/\.mdx$/, '');
  return SLUG_PATTERN.test(id) && id.length <= ID_MAX_LENGTH;
}

/**
 * A report is read once per build: the build guard reads every report, then the collections'
 * config reads them all again to leave drafts out (publishedReportPatterns, over a second of the
 * build at the benchmark's size). Its problems are kept with it and given to every caller.
 */
export function readReport(root: string, path: string, problems: Problem[]): RawReport | null {
  const read = readOnceUnchanged('colony.readReports', `${root}\0${path}`, path, () => {
    const own: Problem[] = [];
    return { report: parseReport(root, path, own), problems: own };
  });
  problems.push(...read.problems);
  return read.report;
}

function parseReport(root: string, path: string, problems: Problem[]): RawReport | null {
  const file = toPosix(relative(root, path));
  const name = path.slice(path.lastIndexOf(sep) + 1).replace(/\.mdx$/, '');
  // A translation's id carries its language: "ru/andrei" (the Astro collection's id too).
  const folder = path.slice(0, path.lastIndexOf(sep));
  const language = folder.slice(folder.lastIndexOf(sep) + 1);
  const id = TRANSLATION_LOCALES.includes(language) && folder.endsWith(`${sep}reports${sep}${language}`) ? `${language}/${name}` : name;
  const decoded = readUtf8(path);
  if (!('text' in decoded)) {
    problems.push({ file, line: decoded.line, field: '', rule: encoding.id, message: decoded.message });
    return null;
  }
  const text = decoded.text;
  // Astro's own frontmatter reader (@astrojs/mdx uses it): same extraction, same YAML schema,
  // so the check sees the values the build validates. The body keeps its line numbers.
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String((error as Error)?.message ?? error).split('\n')[0];
    problems.push({ file, line: (mark?.line ?? 0) + 1 + linesBefore(text, extractedAt(text)), field: '', rule: yamlSyntax.id, message: `expected valid YAML frontmatter, found: ${reason}` });
    return null;
  }
  if (!parsed.rawFrontmatter) {
    problems.push({ file, line: 1, field: '', rule: frontmatter.id, message: 'expected YAML frontmatter between "---" lines at the top of the file, found none' });
    return null;
  }
  const offset = linesBefore(text, extractedAt(text));
  // Positions (and refusal of what Astro's reader would blow up on: alias bombs, deep nesting)
  // from the located reader; the values from Astro's.
  const located = parseLocatedYamlDocument(parsed.rawFrontmatter, offset);
  for (const e of located.errors) {
    problems.push({ file, line: e.line, field: '', rule: e.rule ?? yamlSyntax.id, message: `expected valid YAML frontmatter, found: ${e.message}` });
  }
  if (located.errors.length) return null;
  for (const [at, written] of rolledDates(parsed.frontmatter, located.value)) {
    problems.push({ file, line: located.lineOf(at), field: at.join('.'), rule: schemaShape.id, message: `expected a real date written as YYYY-MM-DD, found "${written}"` });
  }
  return { id, file, absolutePath: path, data: parsed.frontmatter, body: parsed.content, bodyLine: 1, lineOf: located.lineOf };
}

/**
 * Dates Astro's YAML reader rolled over (2024-02-30 becomes 1 March): where it made a Date,
 * the text as written, when that is not the day the Date holds.
 */
function rolledDates(astro: unknown, written: unknown, path: Array<string | number> = []): Array<[Array<string | number>, string]> {
  if (astro instanceof Date) {
    const text = typeof written === 'string' ? written : String(written);
    return Number.isNaN(astro.getTime()) || !text.startsWith(astro.toISOString().slice(0, 10)) ? [[path, text]] : [];
  }
  if (!astro || typeof astro !== 'object' || !written || typeof written !== 'object') return [];
  return Object.entries(astro).flatMap(([k, v]) => rolledDates(v, (written as Record<string, unknown>)[k], [...path, Array.isArray(astro) ? Number(k) : k]));
}

/** Offset of the frontmatter text Astro extracts (just after the opening fence). */
function extractedAt(text: string): number {
  const m = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)/.exec(text);
  return m ? m.index + m[0].length : 0;
}

function linesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * What a file gave when read, shared by the build guard and the collection loaders, which run in
 * one process but load this module twice (once with the config, once through Vite): hence a
 * global, one per kind of file. A file is read again only when it changes on disk.
 */
function readOnceUnchanged<T>(cacheName: string, key: string, path: string, read: () => T): T {
  const cache = ((globalThis as Record<symbol, unknown>)[Symbol.for(cacheName)] ??= new Map()) as Map<string, { mtimeMs: number; size: number; value: T }>;
  const { mtimeMs, size } = lstatSync(path);
  const cached = cache.get(key);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.value;
  const value = read();
  cache.set(key, { mtimeMs, size, value });
  return value;
}

function readYamlFile(path: string): LocatedYaml {
  return readOnceUnchanged('colony.parsedYamlFiles', path, path, () => {
    const decoded = readUtf8(path);
    return 'text' in decoded ? parseLocatedYaml(decoded.text) : yamlFailure(decoded.line, decoded.message, encoding.id);
  });
}

export function readRecordFile(root: string, collection: DataCollection, path: string, problems: Problem[]): RawRecord[] {
  const file = toPosix(relative(root, path));
  const yaml = readYamlFile(path);
  for (const e of yaml.errors) {
    problems.push({ file, line: e.line, field: '', rule: e.rule ?? yamlSyntax.id, message: e.rule === encoding.id ? e.message : `expected valid YAML, found: ${e.message}` });
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
  problems.push({ file, line: 1, field: '', rule: yamlSyntax.id, message: `expected a ${collection} record (a YAML mapping) or a list of them, found ${value === null || value === undefined ? 'an empty file' : typeof value}` });
  return [];
}

export function loadContent(root: string, contentDir: string): LoadedContent {
  const problems: Problem[] = [];
  // Whatever goes wrong reading one file is that file's problem, never a crash of the check.
  const guarded = <T>(path: string, read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      problems.push({ file: toPosix(relative(root, path)), line: 1, field: '', rule: unreadable.id, message: `expected a readable content file, found: ${String((error as Error)?.message ?? error).split('\n')[0]}` });
      return fallback;
    }
  };
  const reports = listCollectionFiles(root, contentDir, 'reports', problems)
    .map((p) => guarded(p, () => readReport(root, p, problems), null))
    .filter((a): a is RawReport => a !== null);
  const records = { sources: [], claims: [], findings: [], events: [], entities: [] } as Record<DataCollection, RawRecord[]>;
  for (const collection of Object.keys(records) as DataCollection[]) {
    for (const path of listCollectionFiles(root, contentDir, collection, problems)) {
      records[collection].push(...guarded(path, () => readRecordFile(root, collection, path, problems), []));
    }
  }
  try {
    for (const name of readdirSync(contentDir).sort()) {
      if (EDITOR_FILE.test(name) || name in COLLECTION_FOLDERS) continue;
      problems.push({ file: toPosix(relative(root, join(contentDir, name))), field: '', rule: unexpectedFile.id, message: `expected only the folders ${Object.keys(COLLECTION_FOLDERS).join(', ')} in content/, found "${name}": it would not be published` });
    }
  } catch {
    problems.push({ file: toPosix(relative(root, contentDir)), field: '', rule: missingContent.id, message: 'expected a content folder, found none' });
  }
  return { reports, records, problems };
}

/**
 * Glob patterns for the reports Astro loads: every report but the drafts. A draft never enters
 * the build, so neither its page nor the photos it shows reach dist/ (the check still reads it).
 */
export function publishedReportPatterns(root: string, contentDir: string): string[] {
  const problems: Problem[] = [];
  const drafts = listCollectionFiles(root, contentDir, 'reports', problems)
    .map((path) => {
      try {
        return readReport(root, path, problems);
      } catch {
        return null; // the content check has reported it, and the build stopped before loading
      }
    })
    .filter((a): a is RawReport => a !== null && !a.id.includes('/') && !isPublished({ data: (a.data ?? {}) as { draft?: boolean } }))
    .map((a) => `!${a.id}.mdx`);
  return ['*.mdx', ...drafts];
}

/**
 * Glob patterns (from content/reports) for the translations Astro loads: every translation but a
 * draft, and none of a report that is itself a draft or missing (isPublished, one definition).
 */
export function publishedTranslationPatterns(root: string, contentDir: string): string[] {
  const problems: Problem[] = [];
  const reports = listCollectionFiles(root, contentDir, 'reports', problems)
    .map((path) => {
      try {
        return readReport(root, path, problems);
      } catch {
        return null;
      }
    })
    .filter((a): a is RawReport => a !== null);
  const published = (a: RawReport | undefined) => a !== undefined && isPublished({ data: (a.data ?? {}) as { draft?: boolean } });
  const byId = new Map(reports.map((a) => [a.id, a]));
  const left = reports.filter((a) => a.id.includes('/') && (!published(a) || !published(byId.get(a.id.slice(a.id.indexOf('/') + 1))))).map((a) => `!${a.id}.mdx`);
  return [...TRANSLATION_LOCALES.map((l) => `${l}/*.mdx`), ...left];
}
