/** The claims index shows each status's newest claims; every claim of a status is on its own pages. */
import { describe, expect, inject, it } from 'vitest';
import { attributes, exists, page } from '../support/html.ts';

describe('claims by status', () => {
  const dist = inject('rootDist');

  it('builds a page per status with exactly the published claims of that status', () => {
    const reported = page(dist, '/claims/status/reported/');
    expect(reported).toContain('The colony set a quota of 317 marmalade-painting recruits.');
    expect(reported).toContain('governor declined to comment on the zeppelin transfers');
    expect(reported).not.toContain('The translated copy says ninety');
    expect(reported).not.toContain('A draft claim that must not be published');
    expect(exists(dist, '/claims/status/false/index.html')).toBe(true);
  });

  it('keeps every claim on the index when there are few, linking each to its page', () => {
    const index = page(dist, '/claims/');
    const links = attributes(index, 'href');
    for (const id of ['fixture-wardens-offered-pardon', 'fixture-marmalade-quota', 'fixture-copy-says-ninety', 'fixture-unplaced-claim']) {
      expect(links).toContain(`/claims/${id}/`);
    }
  });

  it('links status pages under the base path', () => {
    const sub = inject('subpathDist');
    expect(attributes(page(sub, '/claims/status/reported/'), 'href')).toContain('/investigations/claims/');
  });
});
