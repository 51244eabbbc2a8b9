/**
 * Reads the witness texts (content/texts/<source-id>.txt) and the collation records
 * (content/collations/*.yaml) from disk, with the file rules every content file keeps. The check,
 * the build guard and the pages all read them through here, so they see the same texts.
 */
import { basename, relative, sep } from 'node:path';
import { textFault } from '../../schema/fields.ts';
import { collationSchema, type CollationRecord } from '../../schema/collation.ts';
import { listCollectionFiles, readUtf8 } from './read-files.ts';
import { issuesToProblems, textProblems } from './validate.ts';
import { parseLocatedYaml } from './yaml.ts';
import type { Problem } from './problem.ts';

/** A witness is a news text, not a book: anything larger is a mistake or an attack. */
const WITNESS_MAX_BYTES = 64 * 1024;

export interface WitnessText {
  /** The source id: the file name without ".txt". */
  id: string;
  file: string;
  text: string;
}

export interface CollationFile {
  /** The file name without ".yaml": the collation's id and anchor. */
  id: string;
  file: string;
  data: CollationRecord;
  lineOf(path: ReadonlyArray<string | number>): number;
}

export interface LoadedCollations {
  texts: Map<string, WitnessText>;
  collations: CollationFile[];
  problems: Problem[];
}

const toPosix = (p: string) => p.split(sep).join('/');

/** 1-based line of an offset in a text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Problems of a witness text as text: too large, or carrying control characters, direction
 * overrides or nothing visible. Line breaks and tabs are text; a carriage return is not, so a
 * file saved with Windows line ends is refused rather than read with stray characters.
 */
export function witnessTextProblems(file: string, text: string, bytes: number): Problem[] {
  if (bytes > WITNESS_MAX_BYTES) {
    return [
      {
        file,
        line: 1,
        field: '(text)',
        rule: 'witness-text',
        message: `expected a witness text of at most ${WITNESS_MAX_BYTES / 1024} KB, found ${Math.ceil(bytes / 1024)} KB`,
      },
    ];
  }
  const cr = text.indexOf('\r');
  if (cr >= 0)
    return [
      {
        file,
        line: lineAt(text, cr),
        field: '(text)',
        rule: 'witness-text',
        message: 'expected plain text with Unix line ends, found a carriage return (U+000D)',
      },
    ];
  const fault = textFault(text);
  if (!fault) return [];
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.exec(text);
  return [{ file, line: bad ? lineAt(text, bad.index) : 1, field: '(text)', rule: 'witness-text', message: fault }];
}

export function loadCollations(root: string, contentDir: string): LoadedCollations {
  const problems: Problem[] = [];
  const texts = new Map<string, WitnessText>();
  for (const path of listCollectionFiles(root, contentDir, 'texts', problems)) {
    const file = toPosix(relative(root, path));
    const decoded = readUtf8(path);
    if (!('text' in decoded)) {
      problems.push({ file, line: decoded.line, field: '', rule: 'encoding', message: decoded.message });
      continue;
    }
    const own = witnessTextProblems(file, decoded.text, Buffer.byteLength(decoded.text));
    problems.push(...own);
    if (!own.length) texts.set(basename(path, '.txt'), { id: basename(path, '.txt'), file, text: decoded.text });
  }
  const collations: CollationFile[] = [];
  for (const path of listCollectionFiles(root, contentDir, 'collations', problems)) {
    const file = toPosix(relative(root, path));
    const decoded = readUtf8(path);
    if (!('text' in decoded)) {
      problems.push({ file, line: decoded.line, field: '', rule: 'encoding', message: decoded.message });
      continue;
    }
    const yaml = parseLocatedYaml(decoded.text);
    for (const e of yaml.errors) problems.push({ file, line: e.line, field: '', rule: e.rule ?? 'yaml', message: `expected valid YAML, found: ${e.message}` });
    if (yaml.errors.length) continue;
    const where = { file, lineOf: yaml.lineOf };
    const text = textProblems(yaml.value, where);
    if (text.length) {
      problems.push(...text);
      continue;
    }
    const parsed = collationSchema.safeParse(yaml.value, { reportInput: true });
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, where, collationSchema));
      continue;
    }
    collations.push({ id: basename(path).replace(/\.ya?ml$/, ''), file, data: parsed.data, lineOf: yaml.lineOf });
  }
  return { texts, collations, problems };
}
