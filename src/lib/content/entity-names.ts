import type { Entity } from '../../schema/index.ts';

/**
 * One form of a name for comparing spellings: "Артёмовск", "ARTEMOVSK" and "Art-yomovsk"
 * are compared after case folding, stripping diacritics, ё→е and й→и (Russian writers drop
 * the marks freely), and treating hyphens, dashes, quotes and other punctuation as spaces.
 * Used by the duplicate-name rule, the claimant rule and the entity search terms.
 */
export function normaliseName(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Combining marks: the diaeresis of ё and the breve of й decompose to е/и + a mark.
      .replace(/\p{M}+/gu, '')
      .toLocaleLowerCase('und')
      // Apostrophes inside a word ("O'Brien", "Lugans'k") join it, whatever the quote character.
      .replace(/(?<=\p{L})['’ʼ`´](?=\p{L})/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** Every name of an entity with where it is written: the canonical name, then its names. */
export function entityNames(entity: Entity): Array<{ name: string; path: Array<string | number> }> {
  return [{ name: entity.name, path: ['name'] }, ...entity.names.map((n, i) => ({ name: n.name, path: ['names', i, 'name'] }))];
}
