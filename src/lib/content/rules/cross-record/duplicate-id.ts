import { LABELS, type Collection, type ContentRule } from './context.ts';

export const duplicateId: ContentRule = {
  id: 'duplicate-id',
  statement: 'Every id is used once in its collection, and a finding never takes an id a claim has (a finding that was a claim keeps the claim’s id, and the claim goes).',
  fixture: 'duplicate-id',
  check({ content, ids, at }) {
    const problems = (Object.keys(LABELS) as Collection[]).flatMap((collection) =>
      content[collection].flatMap((e) => {
        const first = ids[collection].get(e.id)!;
        return first === e ? [] : [{ ...at(e, ['id']), rule: 'duplicate-id', message: `expected a unique ${LABELS[collection]} id, found "${e.id}" again (first used in ${first.file}:${first.lineOf(['id'])})` }];
      }),
    );
    for (const f of content.findings) {
      const claim = ids.claims.get(f.id);
      if (claim) problems.push({ ...at(f, ['id']), rule: 'duplicate-id', message: `expected a finding id no claim uses, found "${f.id}", which is also a claim (${claim.file}:${claim.lineOf(['id'])})` });
    }
    return problems;
  },
};
