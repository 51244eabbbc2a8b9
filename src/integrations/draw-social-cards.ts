/**
 * node src/integrations/draw-social-cards.ts <folder>, with the cards as JSON on stdin
 * (CardFile[]): draws each card and writes it under <folder> at its site path. Started by
 * social-cards.ts once a build has checked the content; it lowers its own CPU priority first,
 * so that it takes what the build leaves of the machine rather than a share of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { drawCard, type CardFile } from '../lib/output/social-card.ts';

const LOWEST_PRIORITY = 19;

const folder = process.argv[2];
if (!folder) throw new Error('usage: draw-social-cards.ts <folder> < cards.json');
setPriority(LOWEST_PRIORITY);
const cards = JSON.parse(await text(process.stdin)) as CardFile[];
for (const { path, card } of cards) {
  const file = resolve(folder, `.${path}`);
  // A card's path is made from a report's id, which the content check has vetted; still, never outside the folder.
  if (relative(folder, file).startsWith('..')) throw new Error(`refusing to write a card outside ${folder}: ${path}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await drawCard(card));
}
