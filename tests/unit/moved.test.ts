/** Old addresses of renamed, merged or re-kinded records (src/lib/routing/moved.ts). */
import { describe, expect, it } from 'vitest';
import { movedPages, movedParam } from '../../src/lib/routing/moved.ts';

const claim = (id: string, formerIds: string[], draft = false) => ({ id, data: { statement: `Statement of ${id}.`, formerIds, draft } });

describe('moved pages', () => {
  it('sends each former claim id to the claim, a former claim address of a finding to the finding, and a former source id to the source', () => {
    const pages = movedPages({
      claims: [claim('merged', ['first-copy', 'second-copy'])],
      findings: [{ id: 'copy-method', data: { statement: 'A finding.', formerClaimIds: ['copy-method'], draft: false } }],
      sources: [{ id: 'gazette-2023', data: { title: 'The Gazette', formerIds: ['gazette-2024'] } }],
    });
    expect(pages).toEqual([
      { from: '/claims/copy-method/', to: '/findings/copy-method/', title: 'A finding.', kind: 'finding' },
      { from: '/claims/first-copy/', to: '/claims/merged/', title: 'Statement of merged.', kind: 'claim' },
      { from: '/claims/second-copy/', to: '/claims/merged/', title: 'Statement of merged.', kind: 'claim' },
      { from: '/sources/gazette-2024/', to: '/sources/gazette-2023/', title: 'The Gazette', kind: 'source' },
    ]);
  });

  it('publishes no old address of a draft', () => {
    expect(movedPages({ claims: [claim('draft', ['old-draft'], true)], findings: [], sources: [] })).toEqual([]);
  });

  it('turns an old address into the rest-route parameter', () => {
    expect(movedParam('/claims/first-copy/')).toBe('claims/first-copy');
  });
});
