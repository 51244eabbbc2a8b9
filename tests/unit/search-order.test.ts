/** Date order for search results, outside Pagefind's page table (src/lib/search/order.ts). */
import { describe, expect, it } from 'vitest';
import { orderByDate } from '../../src/lib/search/order.ts';

describe('date order', () => {
  it('puts results in that order either way and leaves out results without a date', () => {
    const order = { pages: ['en_old', 'en_mid', 'en_new'] };
    const results = [{ id: 'en_mid' }, { id: 'en_undated' }, { id: 'en_new' }, { id: 'en_old' }];
    expect(orderByDate(results, order, 'asc').map((r) => r.id)).toEqual(['en_old', 'en_mid', 'en_new']);
    expect(orderByDate(results, order, 'desc').map((r) => r.id)).toEqual(['en_new', 'en_mid', 'en_old']);
    expect(
      results.map((r) => r.id),
      'the input is left as it was',
    ).toEqual(['en_mid', 'en_undated', 'en_new', 'en_old']);
  });
});
