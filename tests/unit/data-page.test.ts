/** The /data/ page's pure parts: the column dictionary from the zod descriptions, the sums, the changelog. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { claimSchema } from '../../src/schema/index.ts';
import { dataDictionary, jsonColumns, schemaDescriptions } from '../../src/lib/output/data-dictionary.ts';
import { csvHeader, dataCatalogue, datasetCitation, SCHEMA_CHANGELOG } from '../../src/lib/output/data-catalogue.ts';
import { fileSum, humanSize, sumRows, sumsFile } from '../../src/lib/output/checksums.ts';
import { DATA_SCHEMA_VERSION } from '../../src/lib/output/open-data.ts';

describe('data dictionary', () => {
  const schema = z.object({
    id: z.string().describe('The id.'),
    figure: z
      .object({ atLeast: z.boolean().default(false).describe('True for a floor.'), unit: z.string().describe('The unit.') })
      .optional()
      .describe('A number.'),
    sources: z.array(z.object({ quote: z.string().optional().describe('A quotation.') })).describe('Where it was read.'),
    date: z.preprocess((v) => String(v), z.string()).describe('When.'),
  });

  it('reads descriptions of nested fields, lists and preprocessed fields by dotted path', () => {
    const d = schemaDescriptions(schema);
    expect(Object.fromEntries(d)).toEqual({
      id: 'The id.',
      figure: 'A number.',
      'figure.atLeast': 'True for a floor.',
      'figure.unit': 'The unit.',
      sources: 'Where it was read.',
      'sources.quote': 'A quotation.',
      date: 'When.',
    });
  });

  it('describes the real claim schema’s nested figure columns', () => {
    expect(schemaDescriptions(claimSchema).get('figure.atLeast')).toBe('True where the figure is a floor ("at least", "more than").');
  });

  it('describes every column from the schema or the export’s own list, and refuses an undescribed one', () => {
    expect(dataDictionary(['id', 'pageUrl', 'figure.atLeast'], schema, { pageUrl: 'Its page.' })).toEqual([
      { column: 'id', description: 'The id.', origin: 'schema' },
      { column: 'pageUrl', description: 'Its page.', origin: 'export' },
      { column: 'figure.atLeast', description: 'True for a floor.', origin: 'schema' },
    ]);
    expect(() => dataDictionary(['mystery'], schema, {})).toThrow(/open data column "mystery" has no description/);
  });

  it('lists a JSON record’s columns as paths, lists of objects by their fields', () => {
    expect(
      jsonColumns([
        { id: 'a', figure: { value: 1, atLeast: null }, sources: [{ id: 's', quote: null }], topics: ['x'] },
        { id: 'b', figure: null, sources: [] },
      ]),
    ).toEqual(['id', 'figure.value', 'figure.atLeast', 'sources.id', 'sources.quote', 'topics', 'figure', 'sources']);
    expect(csvHeader('\uFEFFid,pageUrl,figure.atLeast\r\na,b,c\r\n')).toEqual(['id', 'pageUrl', 'figure.atLeast']);
  });

  it('documents every column the real exports can have, for every dataset', () => {
    const catalogue = dataCatalogue(
      {
        claims: ['id', 'figure.atLeast', 'claimant.name', 'statusLabel', 'reports.pageUrl'],
        findings: ['certainty'],
        sources: ['notes'],
        entities: ['names.name'],
      },
      'en',
    );
    expect(catalogue.map((d) => d.files)).toEqual([
      ['claims.json', 'claims.csv'],
      ['findings.json', 'findings.csv'],
      ['sources.json', 'sources.csv'],
      ['entities.json', 'entities.csv'],
    ]);
    expect(catalogue[0]!.dictionary.map((c) => c.origin)).toEqual(['schema', 'schema', 'schema', 'export', 'export']);
    expect(catalogue.map((d) => d.title)).toEqual(['Claims', 'Findings', 'Sources', 'People, organisations and places']);
  });

  it('titles and describes the datasets in the page’s language, the columns as the schema describes them', () => {
    const [en] = dataCatalogue({ claims: ['id'], findings: [], sources: [], entities: [] }, 'en');
    const [ru] = dataCatalogue({ claims: ['id'], findings: [], sources: [], entities: [] }, 'ru');
    expect(ru!.title).toBe('Утверждения');
    expect(ru!.description).toBe('По записи на каждое опубликованное утверждение: кто его сделал, где о нём сообщалось, его статус и почему он такой.');
    expect(ru!.dictionary).toEqual(en!.dictionary);
  });
});

describe('sums, licence and versions', () => {
  it('sums the bytes given (the SHA-256 of "abc" is the standard test vector)', () => {
    const sum = fileSum('claims.json', new TextEncoder().encode('abc'));
    expect(sum).toEqual({ name: 'claims.json', bytes: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
    expect(sumsFile([sum, { name: 'a.csv', bytes: 1, sha256: 'ff' }])).toBe(
      'ff  a.csv\nba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  claims.json\n',
    );
    expect(sumRows([sum], '/sub/data/', 'en')).toContain('<a href="/sub/data/claims.json">claims.json</a>');
    expect(humanSize(999, 'en')).toBe('999 bytes');
    expect(humanSize(167129, 'en')).toBe('167.1 KB');
    expect(humanSize(1, 'en')).toBe('1 byte');
    expect(humanSize(999, 'ru')).toBe('999 байт');
    expect(humanSize(3, 'ru')).toBe('3 байта');
    expect(humanSize(167129, 'ru')).toBe('167,1 КБ');
    expect(sumRows([sum], '/data/', 'ru')).toContain('(3 байта)');
  });

  it('keeps the changelog’s newest version equal to the version the files carry', () => {
    expect(SCHEMA_CHANGELOG[0]!.version).toBe(DATA_SCHEMA_VERSION);
    expect(SCHEMA_CHANGELOG.map((v) => v.version)).toEqual([...SCHEMA_CHANGELOG.map((v) => v.version)].sort((a, b) => b - a));
  });

  it('cites a dataset with its version, licence and address', () => {
    expect(datasetCitation({ siteName: 'From Colony to Front', title: 'Claims', year: '2026', url: 'https://colony.example/data/claims.json' }, 'en')).toBe(
      `From Colony to Front (2026). Claims [Data set, schema version ${DATA_SCHEMA_VERSION}]. CC BY 4.0. https://colony.example/data/claims.json`,
    );
    expect(datasetCitation({ siteName: 'Из колонии на фронт', title: 'Утверждения', year: '2026', url: 'https://colony.example/data/claims.json' }, 'ru')).toBe(
      `Из колонии на фронт (2026). Утверждения [Набор данных, версия схемы ${DATA_SCHEMA_VERSION}]. CC BY 4.0. https://colony.example/data/claims.json`,
    );
  });
});
