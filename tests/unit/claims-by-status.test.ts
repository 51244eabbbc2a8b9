/** Grouping claims for the claims index and the per-status pages. */
import { describe, expect, it } from 'vitest';
import { claimsByStatus } from '../../src/lib/views/claims.ts';
import { joinBase } from '../../src/lib/routing/url.ts';

const claim = (id: string, status: string, date: string) => ({ id, data: { status, date } }) as { id: string; data: { status: never; date: string } };

describe('claimsByStatus', () => {
  it('groups in the vocabulary order, newest first, leaving out empty statuses', () => {
    const groups = claimsByStatus([claim('a', 'reported', '2022'), claim('b', 'confirmed', '2023-01'), claim('c', 'reported', '2024-05-01'), claim('d', 'false', '2021')]);
    expect(groups.map((g) => g.status.id)).toEqual(['confirmed', 'reported', 'false']);
    expect(groups[1]!.claims.map((c) => c.id)).toEqual(['c', 'a']);
  });

  it('stays fast at tens of thousands of claims (one pass, no scan per status)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => claim(`c${i}`, i % 2 ? 'reported' : 'claimed', `20${10 + (i % 15)}`));
    const groups = claimsByStatus(many);
    expect(groups.reduce((n, g) => n + g.claims.length, 0)).toBe(50_000);
  });
});

describe('status page URLs', () => {
  it('number pages after the first, under any base', () => {
    // routes.claimsWithStatus joins these paths to the base like every other route.
    expect(joinBase('/investigations/', '/claims/status/reported/2/')).toBe('/investigations/claims/status/reported/2/');
  });
});
