/**
 * Route data: the one call each record page makes (claim, report, entity, finding) gives it
 * everything it shows, its JSON-LD and its search metadata included. Expected values are
 * written out from the records below, not recomputed with the code.
 */
import { describe, expect, it } from 'vitest';
import { claimSchema, entitySchema, findingSchema, reportSchema, sourceSchema } from '../../src/schema/index.ts';
import { buildIndex } from '../../src/lib/site-index/build.ts';
import { buildEntityIndex } from '../../src/lib/site-index/entity-index.ts';
import { pageUrls } from '../../src/lib/routing/routes.ts';
import { claimRoute } from '../../src/lib/views/claim-page.ts';
import { reportRoute } from '../../src/lib/views/report.ts';
import { entityRoute } from '../../src/lib/views/entity-page.ts';
import { findingRoute } from '../../src/lib/views/findings.ts';
import { dataRoute } from '../../src/lib/views/data-page.ts';
import { DATA_SCHEMA_VERSION } from '../../src/lib/output/open-data.ts';
import { inLocale } from '../../src/lib/i18n/render-locale.ts';

const site = buildIndex({
  sources: [
    {
      id: 'gazette',
      data: sourceSchema.parse({
        id: 'gazette',
        language: 'en',
        outlet: 'Gazette',
        title: 'Colony recruits',
        published: '2024-05-02',
        kind: 'original-reporting',
        url: 'https://gazette.example/recruits',
      }),
    },
  ],
  claims: [
    {
      id: 'pardon-promised',
      data: claimSchema.parse({
        id: 'pardon-promised',
        statement: 'Recruits were promised a pardon.',
        date: '2024-05',
        status: 'disputed',
        basis: 'Two accounts disagree.',
        claimant: { name: 'Wagner', identification: 'institution', kind: 'recruiter', entity: 'wagner' },
        about: ['colony-7'],
        topics: ['pardons'],
        sources: [{ id: 'gazette' }],
      }),
    },
  ],
  reports: [
    {
      id: 'the-report',
      data: reportSchema.parse({
        title: 'How the colonies recruit.',
        summary: 'A summary.',
        published: '2024-06-01',
        sources: ['gazette'],
        claims: ['pardon-promised'],
        findings: ['dropped-dateline'],
        topics: ['pardons'],
        verification: { status: 'reported', basis: 'One original.' },
      }),
      body: 'Text.',
    },
  ],
  findings: [
    {
      id: 'dropped-dateline',
      data: findingSchema.parse({
        id: 'dropped-dateline',
        kind: 'dateline',
        statement: 'The copy dropped the dateline.',
        sources: [{ id: 'gazette' }],
        basis: 'Compared the two texts.',
        date: '2024-07-01',
      }),
    },
  ],
  events: [],
});

const entity = (id: string, data: Record<string, unknown>) => ({ id, data: entitySchema.parse({ id, sources: ['gazette'], ...data }) });
const entities = buildEntityIndex(
  [
    entity('wagner', {
      name: 'Wagner Group',
      kind: 'organisation',
      description: 'A private military company.',
      names: [{ name: 'Вагнер', script: 'cyrillic', language: 'ru' }],
    }),
    entity('colony-7', { name: 'Penal Colony No. 7', kind: 'institution', description: 'A prison colony.' }),
  ],
  site.claims,
);
const urls = pageUrls('https://colony.example/');

describe('claimRoute', () => {
  const route = claimRoute(site, entities, 'pardon-promised', urls);

  it('gives the page its ClaimReview for a verdict, rated as the status is', () => {
    expect(route.review).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://colony.example/claims/pardon-promised/',
      claimReviewed: 'Recruits were promised a pardon.',
      reviewRating: { ratingValue: 3, alternateName: 'Disputed' },
      datePublished: '2024-06-01',
    });
  });

  it('gives the search metadata and the entity names the page does not show', () => {
    expect(route.search.filters).toEqual({ type: ['Claim'], status: ['Disputed'], topic: ['Pardons'], claimant: ['Institution'], year: ['2024'] });
    expect(route.entityNames).toEqual(['Wagner Group', 'Вагнер']);
    expect(route.entityFilters).toEqual(['Wagner Group', 'Penal Colony No. 7']);
  });

  it('links the claimant and the subjects to their entities', () => {
    expect(route.claimantEntity?.id).toBe('wagner');
    expect(route.aboutEntities.map((e) => e.id)).toEqual(['colony-7']);
    expect(route.view.statement).toBe('Recruits were promised a pardon.');
  });
});

describe('reportRoute', () => {
  const route = reportRoute(site, 'the-report', urls);

  it('gives the NewsArticle, the search metadata and the findings with the view', () => {
    expect(route.structured).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'How the colonies recruit.',
      url: 'https://colony.example/reports/the-report/',
      isBasedOn: ['https://gazette.example/recruits'],
    });
    expect(route.search.filters).toEqual({ type: ['Report'], status: ['Reported'], topic: ['Pardons'], year: ['2024'] });
    expect(route.findings.map((f) => f.statement)).toEqual(['The copy dropped the dateline.']);
    expect(route.view.title).toBe('How the colonies recruit.');
  });
});

describe('entityRoute', () => {
  const route = entityRoute('wagner', entities, site, urls);

  it('gives JSON-LD with every right spelling, and the search type and kind', () => {
    expect(route.jsonLd).toMatchObject({
      '@type': 'Organization',
      url: 'https://colony.example/entities/wagner/',
      name: 'Wagner Group',
      alternateName: ['Вагнер'],
    });
    expect(route.search).toEqual({ meta: { kind: 'Organisation' }, filters: { type: ['Profile'], entity: ['Wagner Group'] }, sort: {} });
  });

  it('gives its claims as cards under their status, its reports and sources as links', () => {
    expect(route.made.map((g) => [g.status.label, g.cards.map((c) => c.statement)])).toEqual([['Disputed', ['Recruits were promised a pardon.']]]);
    expect(route.about).toEqual([]);
    expect(route.reports).toEqual([{ href: '/reports/the-report/', title: 'How the colonies recruit.' }]);
    expect(route.sources.map((s) => s.title)).toEqual(['Colony recruits']);
  });
});

describe('findingRoute', () => {
  it('gives the finding, the reports listing it and its search metadata', () => {
    const route = findingRoute(site, 'dropped-dateline');
    expect(route.description).toBe('A finding by this project (dateline): The copy dropped the dateline.');
    expect(route.reports).toEqual([{ href: '/reports/the-report/', title: 'How the colonies recruit.' }]);
    expect(route.search.filters).toEqual({ type: ['Finding'], topic: [], year: ['2024'] });
  });
});

describe('dataRoute', () => {
  it('gives every dataset its files, record count and citation, dated by the newest report', () => {
    const route = dataRoute(site, entities, 'https://colony.example/', 'en');
    expect(route.datasets.map((d) => [d.name, d.count, d.files.map((f) => f.href)])).toEqual([
      ['claims', 1, ['/data/claims.json', '/data/claims.csv']],
      ['findings', 1, ['/data/findings.json', '/data/findings.csv']],
      ['sources', 1, ['/data/sources.json', '/data/sources.csv']],
      ['entities', 2, ['/data/entities.json', '/data/entities.csv']],
    ]);
    expect(route.datasets[0]!.citation).toBe(
      `From Colony to Front (2024). Claims [Data set, schema version ${DATA_SCHEMA_VERSION}]. CC BY 4.0. https://colony.example/data/claims.json`,
    );
    expect(route.datasets[3]!.dictionary.map((c) => c.column)).toContain('names.script');
    expect(route.changelog[0]!.version).toBe(DATA_SCHEMA_VERSION);
  });

  it('gives the Russian page its words, and the same files', () => {
    const route = inLocale('ru', () => dataRoute(site, entities, 'https://colony.example/', 'ru'));
    expect(route.siteName).toBe('Из колонии на фронт');
    expect(route.datasets[0]!.title).toBe('Утверждения');
    expect(route.datasets[0]!.files.map((f) => f.href)).toEqual(['/data/claims.json', '/data/claims.csv']);
    expect(route.datasets[0]!.citation).toMatch(/^Из колонии на фронт \(2024\)\. Утверждения \[Набор данных/);
  });
});
