import type { Problem } from '../../problem.ts';
import type { Located } from '../../validate.ts';
import type { ContentRule } from './context.ts';

type Former = { owner: Located<unknown>; path: Array<string | number>; label: string };

/**
 * An old id becomes a page at its old address (src/pages/[...moved].astro): it must not be an
 * address a record still has, and it can lead to one record only.
 */
export const formerId: ContentRule = {
  id: 'former-id',
  statement:
    'An old id kept for its address (formerIds, or a finding’s formerClaimIds) is no longer any record’s id in that address space, and leads to one record only.',
  fixture: 'former-id-in-use',
  check({ content, ids, at }) {
    const problems: Problem[] = [];
    const spaces: Array<{ current: Map<string, Located<unknown>>; noun: string; formers: Array<[string, Former]> }> = [
      {
        current: ids.claims,
        noun: 'claim',
        formers: [
          ...content.claims.flatMap((c) => c.data.formerIds.map((old, i): [string, Former] => [old, { owner: c, path: ['formerIds', i], label: `claim "${c.id}"` }])),
          ...content.findings.flatMap((f) =>
            f.data.formerClaimIds.map((old, i): [string, Former] => [old, { owner: f, path: ['formerClaimIds', i], label: `finding "${f.id}"` }]),
          ),
        ],
      },
      {
        current: ids.sources,
        noun: 'source',
        formers: content.sources.flatMap((s) => s.data.formerIds.map((old, i): [string, Former] => [old, { owner: s, path: ['formerIds', i], label: `source "${s.id}"` }])),
      },
    ];
    for (const { current, noun, formers } of spaces) {
      const first = new Map<string, Former>();
      for (const [old, former] of formers) {
        const live = current.get(old);
        if (live) {
          problems.push({
            ...at(former.owner, former.path),
            rule: 'former-id',
            message: `expected an old id no ${noun} has now, found "${old}", the id of the ${noun} in ${live.file}:${live.lineOf(['id'])}`,
            hint: 'an old id keeps a changed address alive; a record that still has the id still has the address',
          });
          continue;
        }
        const earlier = first.get(old);
        if (earlier) {
          problems.push({
            ...at(former.owner, former.path),
            rule: 'former-id',
            message: `expected an old address to lead to one record, found "${old}" again (also listed by ${earlier.label}, ${earlier.owner.file}:${earlier.owner.lineOf(earlier.path)})`,
          });
        } else first.set(old, former);
      }
    }
    return problems;
  },
};
