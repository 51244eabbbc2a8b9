/** Entity page data, search names, JSON-LD and link proposals: pure functions over hand-written records. */
import { describe, expect, it } from 'vitest';
import { claimSchema, entitySchema, type Claim, type Entity } from '../../src/schema/index.ts';
import { entitiesByKind, entityPageData, figureSeries, languageNameIn } from '../../src/lib/views/entity-page.ts';
import { buildEntityIndex } from '../../src/lib/site-index/entity-index.ts';
import { claimEntityNames } from '../../src/lib/search/entity-meta.ts';
import { entityJsonLd } from '../../src/lib/output/entity-jsonld.ts';
import { proposeEntityLinks } from '../../src/lib/editor/entity-links.ts';

const entity = (id: string, data: Record<string, unknown>) => ({ id, data: entitySchema.parse({ id, description: 'd', sources: ['s'], ...data }) as Entity });
const claim = (id: string, data: Record<string, unknown>) => ({
  id,
  data: claimSchema.parse({
    id,
    statement: `Statement ${id}.`,
    claimant: { name: 'Someone', identification: 'named', kind: 'witness' },
    date: '2023',
    sources: [{ id: 's' }],
    status: 'reported',
    basis: 'b',
    ...data,
  }) as Claim,
});

const romanova = entity('olga-romanova', { name: 'Olga Romanova', kind: 'person', names: [{ name: 'Ольга Романова', script: 'cyrillic', language: 'ru' }] });
const wagner = entity('wagner-group', {
  name: 'Wagner Group',
  kind: 'organisation',
  names: [
    { name: 'Вагнер', script: 'cyrillic', language: 'ru' },
    { name: 'Vagner', script: 'latin', language: 'en', wrong: true, source: 's' },
  ],
});
const bakhmut = entity('bakhmut', { name: 'Bakhmut', kind: 'place' });
const figure = (value: number, asOf: string, measure = 'recruited') => ({ value, unit: 'prisoners', measure, kind: 'estimate', asOf });
const claims = [
  claim('late', {
    claimant: { name: 'Olga Romanova', identification: 'named', entity: 'olga-romanova', kind: 'witness' },
    about: ['wagner-group'],
    status: 'superseded',
    supersededBy: 'x',
    figure: figure(50000, '2023-01'),
  }),
  claim('early', {
    claimant: { name: 'Olga Romanova', identification: 'named', entity: 'olga-romanova', kind: 'witness' },
    about: ['wagner-group'],
    figure: figure(3000, '2022-09', 'deployed'),
  }),
  claim('other', { about: ['wagner-group', 'bakhmut'], status: 'disputed' }),
];
const index = buildEntityIndex([wagner, romanova, bakhmut], claims);
const site = {
  claimById: new Map(claims.map((c) => [c.id, c])),
  reportsOfClaim: new Map([['early', ['report-a']]]),
  sourceById: new Map([['s', { outlet: 'Outlet S' } as never]]),
  reports: [{ id: 'report-b' }, { id: 'report-a' }],
};

describe('entity index', () => {
  it('lists claims made and claims about each entity', () => {
    expect(index.claimsBy.get('olga-romanova')).toEqual(['late', 'early']);
    expect(index.claimsAbout.get('wagner-group')).toEqual(['late', 'early', 'other']);
    expect(index.claimsAbout.get('bakhmut')).toEqual(['other']);
  });

  it('groups entities by kind in the schema order, by name', () => {
    expect(entitiesByKind(index).map((g) => [g.label, g.entities.map((e) => e.id)])).toEqual([
      ['People', ['olga-romanova']],
      ['Organisations', ['wagner-group']],
      ['Places', ['bakhmut']],
    ]);
    expect(entitiesByKind(index)[1]!.entities[0]!.claimCount).toBe(3);
  });
});

describe('entity page data', () => {
  it('names a spelling’s language in the page’s language', () => {
    expect(languageNameIn('en', 'ru')).toBe('Russian');
    expect(languageNameIn('ru', 'ru')).toBe('Русский');
    expect(languageNameIn('ru', 'uk')).toBe('Украинский');
    expect(languageNameIn('ru', 'zz')).toBe('zz');
  });

  it('orders a claimant’s figures by the date they are as of, with what each measured', () => {
    expect(figureSeries(claims, 'en').map((p) => [p.asOf, p.figure.value, p.measure])).toEqual([
      ['2022-09', 3000, 'Prisoners deployed'],
      ['2023-01', 50000, 'Prisoners recruited'],
    ]);
  });

  it('groups claims made and about by status, and gathers reports and sources', () => {
    const romanovaPage = entityPageData('olga-romanova', index, site);
    expect(romanovaPage.made.map((g) => [g.status.id, g.claims.map((c) => c.id)])).toEqual([
      ['reported', ['early']],
      ['superseded', ['late']],
    ]);
    expect(romanovaPage.aboutCount).toBe(0);
    expect(romanovaPage.reports).toEqual(['report-a']);
    const wagnerPage = entityPageData('wagner-group', index, site);
    expect(wagnerPage.about.map((g) => g.status.id)).toEqual(['reported', 'disputed', 'superseded']);
    expect(wagnerPage.names[1]).toMatchObject({ name: 'Vagner', wrong: true, sourceOutlet: 'Outlet S', languageName: 'English' });
  });
});

describe('search names and JSON-LD', () => {
  it("gives a claim every name of its claimant and subjects once, but not a subject's name its About fact shows", () => {
    expect(claimEntityNames(claims[0]!.data, index.entityById)).toEqual(['Olga Romanova', 'Ольга Романова', 'Вагнер', 'Vagner']);
    expect(claimEntityNames(claim('none', {}).data, index.entityById)).toEqual([]);
  });

  it('types entities and lists right spellings only as alternateName', () => {
    expect(entityJsonLd(wagner.data, 'https://x.example/entities/wagner-group/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://x.example/entities/wagner-group/',
      url: 'https://x.example/entities/wagner-group/',
      name: 'Wagner Group',
      alternateName: ['Вагнер'],
      description: 'd',
    });
    expect(entityJsonLd(bakhmut.data, 'u')['@type']).toBe('Place');
    expect(entityJsonLd(bakhmut.data, 'u')).not.toHaveProperty('alternateName');
  });
});

describe('proposed links', () => {
  it('links a claimant by any of an entity’s names and subjects named in the statement', () => {
    const proposed = proposeEntityLinks(
      [
        claim('a', {
          claimant: { name: 'ОЛЬГА РОМАНОВА', identification: 'named', kind: 'witness' },
          statement: 'Wagner recruited in prisons before the battle for Bakhmut.',
        }),
        claim('b', { statement: 'Romanova said so.' }),
        claim('c', { statement: 'Nothing named here.' }),
      ],
      [romanova, wagner, bakhmut, entity('wagner-short', { name: 'Wagner', kind: 'organisation' })],
    );
    expect(proposed).toEqual([
      { claim: 'a', claimant: 'olga-romanova', about: ['bakhmut', 'wagner-short'] },
      { claim: 'b', claimant: undefined, about: ['olga-romanova'] },
    ]);
  });
});
