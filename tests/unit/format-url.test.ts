import { describe, expect, it } from 'vitest';
import { formatDate, readingMinutes } from '../../src/lib/text/format.ts';
import { fileUrl, joinBase, pagePath } from '../../src/lib/routing/url.ts';
import { normaliseBase, normaliseSite } from '../../src/config/site.ts';
import { parsePartialDate } from '../../src/schema/fields.ts';
import { placedClaims, reportClaimIds } from '../../src/lib/content/placed-claims.ts';

describe('dates', () => {
  it('formats at the recorded precision', () => {
    expect(formatDate('2024-06-17')).toBe('17 June 2024');
    expect(formatDate('2024-06')).toBe('June 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('undated')).toBe('undated');
  });
  it('rejects impossible dates, allows 29 February in leap years', () => {
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2024-00')).toBeNull();
    expect(parsePartialDate('24-06-17')).toBeNull();
  });
});

describe('reading time', () => {
  it('estimates reading time at 230 words a minute', () => {
    expect(readingMinutes('word '.repeat(690))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('base-aware URLs', () => {
  it('joins base and path', () => {
    expect(joinBase('/', '/claims/x/')).toBe('/claims/x/');
    expect(joinBase('/investigations/', '/claims/x/')).toBe('/investigations/claims/x/');
    expect(joinBase('/investigations', 'claims/')).toBe('/investigations/claims/');
  });
  it('adds the trailing slash to pages, not files, keeping query and hash', () => {
    expect(pagePath('/claims')).toBe('/claims/');
    expect(pagePath('/search?q=a')).toBe('/search/?q=a');
    expect(pagePath('/reports/a#claim-b')).toBe('/reports/a/#claim-b');
    expect(pagePath('/data/claims.json')).toBe('/data/claims.json');
  });
  it('leaves a file without an extension without a slash', () => {
    expect(fileUrl('/data/SHA256SUMS')).toBe('/data/SHA256SUMS');
  });
  it('normalises BASE_PATH and SITE_URL', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('investigations')).toBe('/investigations/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
    expect(normaliseSite('https://example.org/some/path')).toBe('https://example.org');
    expect(() => normaliseSite('ftp://example.org')).toThrow(/SITE_URL/);
  });
});

describe('claims placed in a report', () => {
  const body = 'One <Claim id="a">x</Claim> and\n<Claim id=\'b\' /> then <Claim id="a">again</Claim>.';
  it('finds each placement with its line', () => {
    expect(placedClaims(body)).toEqual([
      { id: 'a', line: 1 },
      { id: 'b', line: 2 },
      { id: 'a', line: 2 },
    ]);
  });
  it('separates placed from listed-only claims without repeats', () => {
    expect(reportClaimIds(body, ['b', 'c', 'c'])).toEqual({ placed: ['a', 'b'], unplaced: ['c'] });
  });
});

describe('claim attribution', async () => {
  const { claimAttribution } = await import('../../src/lib/views/claims.ts');
  const sources = new Map([
    ['insider', { outlet: 'Insider' }],
    ['cnn', { outlet: 'CNN' }],
  ]) as unknown as Parameters<typeof claimAttribution>[1];
  it('names claimant and outlets, and an outlet that is the claimant only once', () => {
    expect(
      claimAttribution(
        { claimant: { name: 'Yulia', identification: 'changed-name', identityNote: 'x', kind: 'relative' }, sources: [{ id: 'insider' }] },
        sources,
      ),
    ).toBe('“Yulia” (name changed), via Insider');
    expect(
      claimAttribution({ claimant: { name: 'Insider', identification: 'institution', kind: 'outlet' }, sources: [{ id: 'insider' }, { id: 'cnn' }] }, sources),
    ).toBe('Insider, via CNN');
    expect(claimAttribution({ claimant: { name: 'Insider', identification: 'institution', kind: 'outlet' }, sources: [{ id: 'insider' }] }, sources)).toBe(
      'Insider',
    );
  });
});
