/** Grouping claims for the claims index and the per-status pages. */
import { describe, expect, it } from 'vitest';
import { claimsByStatus } from '../../src/lib/views/claims.ts';
import { joinBase } from '../../src/lib/routing/url.ts';
import { paths } from '../../src/lib/routing/routes.ts';

const claim = (id: string, status: string, date: string) => ({ id, data: { status, date } }) as { id: string; data: { status: never; date: string } };

describe('claimsByStatus', () => {
  it('groups in the vocabulary order, newest first, leaving out empty statuses', () => {
    const groups = claimsByStatus([
      claim('a', 'reported', '2022'),
      claim('b', 'confirmed', '2023-01'),
      claim('c', 'reported', '2024-05-01'),
      claim('d', 'false', '2021'),
    ]);
    expect(groups.map((g) => g.status.id)).toEqual(['confirmed', 'reported', 'false']);
    expect(groups[1]!.claims.map((c) => c.id)).toEqual(['c', 'a']);
  });

  it('reads each claim’s status once (one pass, no scan per status)', () => {
    let reads = 0;
    const counted = (id: string, status: string) => {
      const c = claim(id, status, '2024');
      const data = { ...c.data };
      Object.defineProperty(c, 'data', {
        value: {
          get status() {
            reads++;
            return data.status;
          },
          date: data.date,
        },
      });
      return c;
    };
    const claims = [counted('a', 'reported'), counted('b', 'claimed'), counted('c', 'false'), counted('d', 'reported')];
    expect(claimsByStatus(claims).map((g) => [g.status.id, g.claims.map((c) => c.id)])).toEqual([
      ['reported', ['a', 'd']],
      ['claimed', ['b']],
      ['false', ['c']],
    ]);
    // A scan per status would read it once per status in the vocabulary for every claim.
    expect(reads).toBe(4);
  });
});

describe('status page URLs', () => {
  it('number pages after the first, and routes put them under the base', () => {
    expect(paths.claimsWithStatus('reported')).toBe('/claims/status/reported/');
    expect(paths.claimsWithStatus('reported', 1)).toBe('/claims/status/reported/');
    expect(paths.claimsWithStatus('reported', 2)).toBe('/claims/status/reported/2/');
    expect(joinBase('/investigations/', paths.claimsWithStatus('reported', 2))).toBe('/investigations/claims/status/reported/2/');
    // Pager links on a built two-page listing: tests/build/status-pages.test.ts.
  });
});
