/**
 * Entities in the built fixture site: every name finds its page and its claims in search,
 * the pages show names, claims by status and figures, and the open data lists them.
 * Expected values are read from the fixture's YAML directly, not through our schema code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPagefind, searchResults, type Pagefind } from '../support/pagefind.ts';
import { attributes, page } from '../support/html.ts';
import { FIXTURE_CONTENT, SUBPATH } from '../support/paths.ts';

interface FixtureEntity {
  id: string;
  name: string;
  kind: string;
  pseudonym?: boolean;
  names?: Array<{ name: string; script: string; wrong?: boolean; source?: string }>;
}
interface FixtureClaim {
  id: string;
  status: string;
  draft?: boolean;
  claimant: { entity?: string };
  about?: string[];
}
const yaml = <T>(path: string) => load(readFileSync(join(FIXTURE_CONTENT, path), 'utf8')) as T;
const ENTITIES = yaml<FixtureEntity[]>('entities/entities.yaml');
const CLAIMS = [...yaml<FixtureClaim[]>('claims/claims.yaml'), ...yaml<FixtureClaim[]>('claims/search-claims.yaml')].filter((c) => !c.draft);
const linkedClaims = (id: string) => CLAIMS.filter((c) => c.claimant.entity === id || c.about?.includes(id)).map((c) => c.id);
const ALIASES = ENTITIES.flatMap((e) => [e.name, ...(e.names ?? []).map((n) => n.name)].map((name) => ({ entity: e.id, name })));

const dist = inject('rootDist');
let pf: Pagefind;
beforeAll(async () => {
  pf = await loadPagefind(dist, inject('rootUrl'));
});

describe('search by any name', () => {
  it('the fixture has Cyrillic and wrong spellings to test', () => {
    expect(ENTITIES.flatMap((e) => e.names ?? []).filter((n) => n.script === 'cyrillic').length).toBeGreaterThanOrEqual(5);
    expect(ENTITIES.flatMap((e) => e.names ?? []).filter((n) => n.wrong).length).toBeGreaterThanOrEqual(2);
  });

  it.each(ALIASES.map((a) => [a.name, a] as const))('"%s" finds its entity page in the top three', async (_, a) => {
    const found = (await searchResults(pf, a.name, {}, undefined, 3)).map((d) => d.url);
    expect(found, `"${a.name}" → ${found.join(', ')}`).toContain(`/entities/${a.entity}/`);
  });

  it.each(ALIASES.filter((a) => linkedClaims(a.entity).length).map((a) => [a.name, a] as const))(
    '"%s" finds every claim linked to its entity',
    async (_, a) => {
      const found = (await searchResults(pf, a.name)).map((d) => d.url);
      for (const claim of linkedClaims(a.entity)) expect(found, `"${a.name}" → ${found.join(', ')}`).toContain(`/claims/${claim}/`);
    },
  );

  it('narrows a search to one entity: its page and every claim linked to it', async () => {
    const { results } = await pf.search(null, { filters: { entity: ['Vorkhovo transit camp'] } });
    const found = (await Promise.all(results.map((r) => r.data()))).map((d) => d.url).sort();
    expect(found).toEqual(['/entities/vorkhovo-transit-camp/', ...linkedClaims('vorkhovo-transit-camp').map((id) => `/claims/${id}/`)].sort());
  });

  it('keeps the names on claim pages out of the visible page and the screen reader', () => {
    const html = page(dist, '/claims/fixture-vorkhovo-ledger-count/');
    expect(html).toMatch(/<p[^>]*aria-hidden="true"[^>]*hidden[^>]*>[^<]*Ильзабет Гранмур/);
  });
});

describe('entity pages', () => {
  it('show every name with its script and mark wrong spellings with their source', () => {
    const html = page(dist, '/entities/vorkhovo-transit-camp/');
    expect(html).toContain('<h1 data-pagefind-weight="10">Vorkhovo transit camp</h1>');
    expect(html).toMatch(/<td lang="ru">Ворхово<\/td><td data-pagefind-ignore>Cyrillic<\/td><td data-pagefind-ignore>Russian<\/td>/);
    expect(html).toMatch(
      /<td lang="en">Vorkova<\/td><td data-pagefind-ignore>Latin<\/td><td data-pagefind-ignore>English<\/td><td><strong data-pagefind-ignore>Wrong spelling<\/strong><span data-pagefind-ignore>, in <a href="\/sources\/fixture-river-radio\/">River Radio Fixture<\/a>/,
    );
  });

  it('group the claims made and the claims about it by status', () => {
    const html = page(dist, '/entities/vorkhovo-transit-camp/');
    const about = CLAIMS.filter((c) => c.about?.includes('vorkhovo-transit-camp'));
    const section = html.slice(html.indexOf('id="about"'));
    for (const c of about) expect(section).toContain(`id="claim-${c.id}"`);
    // One heading per status present: reported, disputed, confirmed, superseded in the fixture.
    for (const status of new Set(about.map((c) => c.status))) expect(section).toContain(`id="about-${status}"`);
    const made = page(dist, '/entities/ilsabet-granmoor/');
    expect(made.slice(made.indexOf('id="made"'))).toContain('id="claim-fixture-early-count"');
  });

  it('list a claimant’s figures as a series with what each measured', () => {
    const html = page(dist, '/entities/ilsabet-granmoor/');
    const series = html.slice(html.indexOf('id="figures"'), html.indexOf('id="made"'));
    expect(series).toContain('<a href="/claims/fixture-vorkhovo-ledger-count/">4,212 inmates</a>');
    expect(series).toContain('Prisoners recruited');
  });

  it('say that a changed name is not linked to a real identity', () => {
    const html = page(dist, '/entities/marta-oksenfeld/');
    expect(html).toContain('Name changed by River Radio Fixture for her safety.');
    // The sentence comes from the interface catalogue, printed as an expression: its apostrophe is escaped.
    expect(html.replaceAll('&#39;', "'")).toContain("not linked to anyone's real identity");
  });

  it('carry Person, Organization or Place JSON-LD with alternate names but no wrong spellings', () => {
    const html = page(dist, '/entities/vorkhovo-transit-camp/');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(ld).toMatchObject({ '@type': 'Organization', name: 'Vorkhovo transit camp', alternateName: ['Ворхово', 'Vorhovo', 'Workhowo'] });
    const person = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(dist, '/entities/ilsabet-granmoor/'))![1]!);
    expect(person['@type']).toBe('Person');
    expect(JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(dist, '/entities/ostrogorsk/'))![1]!)['@type']).toBe('Place');
  });

  it('index every entity by kind', () => {
    const html = page(dist, '/entities/');
    for (const e of ENTITIES) expect(html).toContain(`href="/entities/${e.id}/"`);
    for (const heading of ['People', 'Organisations', 'Institutions', 'Places']) expect(html).toContain(`>${heading}</h2>`);
  });

  it('link claimants and subjects from the claim page', () => {
    const html = page(dist, '/claims/fixture-vorkhovo-ledger-count/');
    expect(html).toContain('<a href="/entities/ilsabet-granmoor/">Ilsabet Granmoor</a>');
    expect(html).toContain('<a href="/entities/vorkhovo-transit-camp/">Vorkhovo transit camp</a>');
  });

  it('keep every link under the base path', () => {
    const sub = inject('subpathDist');
    for (const path of ['/entities/', '/entities/vorkhovo-transit-camp/']) {
      const internal = attributes(page(sub, path), 'href').filter((h) => h.startsWith('/'));
      expect(internal.length).toBeGreaterThan(5);
      for (const href of internal) expect(href.startsWith(SUBPATH), `${path}: ${href}`).toBe(true);
    }
  });
});

describe('open data', () => {
  it('lists every entity with its names, claims made and claims about it', () => {
    const doc = JSON.parse(readFileSync(join(dist, 'data/entities.json'), 'utf8'));
    expect(doc.count).toBe(ENTITIES.length);
    const camp = doc.entities.find((e: { id: string }) => e.id === 'vorkhovo-transit-camp');
    expect(camp.names).toContainEqual({ name: 'Vorkova', script: 'latin', language: 'en', wrong: true, source: 'fixture-river-radio', note: null });
    expect(camp.claimsAbout).toEqual(linkedClaims('vorkhovo-transit-camp').sort());
    const rows = parse(readFileSync(join(dist, 'data/entities.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.id).sort()).toEqual(ENTITIES.map((e) => e.id).sort());
    expect(rows.find((r) => r.id === 'vorkhovo-transit-camp')!['names.wrong']).toBe('Vorkova');
  });

  it('gives each claim its claimant and subject entity ids', () => {
    const doc = JSON.parse(readFileSync(join(dist, 'data/claims.json'), 'utf8'));
    const claim = doc.claims.find((c: { id: string }) => c.id === 'fixture-vorkhovo-ledger-count');
    expect(claim.claimant.entity).toBe('ilsabet-granmoor');
    expect(claim.about).toEqual(['vorkhovo-transit-camp']);
    const rows = parse(readFileSync(join(dist, 'data/claims.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.id === 'fixture-saltmarsh-ferry')).toMatchObject({ 'claimant.entity': 'river-radio-fixture', about: 'vorkhovo-transit-camp' });
  });
});
