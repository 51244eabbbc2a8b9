import { describe, expect, it } from 'vitest';
import { socialCardSvg, wrapLines } from '../../src/lib/output/social-card.ts';

describe('social preview cards', () => {
  it('wraps a title into lines and ends a cut title with an ellipsis', () => {
    expect(wrapLines('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapLines('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });

  it('draws the kind, the title and a claim’s status as escaped text', () => {
    const svg = socialCardSvg({ kind: 'Claim', title: 'Said <b>"yes"</b> & left', status: '● Reported', siteName: 'From Colony to Front' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('CLAIM · From Colony to Front');
    expect(svg).toContain('Said &lt;b&gt;&quot;yes&quot;&lt;/b&gt; &amp; left');
    expect(svg).toContain('● Reported');
    expect(svg).not.toContain('<b>');
  });
});
