/**
 * Proposes the entity links of every claim: the claimant's entity (its name is one of an
 * entity's names) and the entities a claim is about (their names, or a person's surname, in
 * the statement or the original wording). Prints the proposal as Markdown; with --apply it
 * writes the links into the claim files, for an editor to review with `git diff`.
 *
 *   node scripts/entity-links.ts [--content content] [--apply] > links.md
 *
 * Written so the links could be added after other edits to content/claims had merged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { proposeEntityLinks } from '../src/lib/editor/entity-links.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, apply: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const { content } = checkContent({ root, contentDir: values.content });
const links = proposeEntityLinks(
  content.claims.map((c) => ({ id: c.id, data: c.data })),
  content.entities.map((e) => ({ id: e.id, data: e.data })),
);

const lines = ['| claim | claimant entity | about |', '| --- | --- | --- |'];
for (const l of links) lines.push(`| ${l.claim} | ${l.claimant ?? ''} | ${l.about.join(', ')} |`);
process.stdout.write(`${lines.join('\n')}\n`);

if (values.apply) {
  const byFile = new Map<string, typeof links>();
  for (const l of links) {
    const file = content.claims.find((c) => c.id === l.claim)!.file;
    byFile.set(file, [...(byFile.get(file) ?? []), l]);
  }
  for (const [file, fileLinks] of byFile) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8').split('\n');
    // From the bottom up, so earlier line numbers stay valid.
    const located = fileLinks
      .map((l) => ({ l, at: text.findIndex((line) => new RegExp(`^(\\s*-\\s+)?id:\\s*${l.claim}\\s*$`).test(line)) }))
      .sort((a, b) => b.at - a.at);
    for (const { l, at } of located) {
      if (at < 0) throw new Error(`${file}: no "id: ${l.claim}" line`);
      const indent = (text[at]!.match(/^(\s*)(-\s+)?/)?.[0] ?? '').replace('-', ' ');
      let end = text.findIndex((line, i) => i > at && /^\s*-\s+id:/.test(line));
      if (end < 0) end = text.length;
      if (l.claimant) {
        const c = text.findIndex((line, i) => i > at && i < end && /^\s*claimant:/.test(line));
        if (/claimant:\s*\{.*\}\s*$/.test(text[c]!)) text[c] = text[c]!.replace(/\s*\}\s*$/, `, entity: ${l.claimant} }`);
        else {
          const n = text.findIndex((line, i) => i > c && i < end && /^\s+name:/.test(line));
          text.splice(n + 1, 0, `${text[n]!.match(/^\s*/)![0]}entity: ${l.claimant}`);
        }
      }
      if (l.about.length) text.splice(at + 1, 0, `${indent}about: [${l.about.join(', ')}]`);
    }
    writeFileSync(path, text.join('\n'));
  }
}
