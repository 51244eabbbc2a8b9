/**
 * A synthetic but schema-valid investigation for the benchmark: reports placing and listing
 * claims, claims citing sources (some corroborated by independent outlets, some superseded),
 * sources with copies of originals, and timeline events. Deterministic for a given size, so
 * two runs build the same site. The same records are also written in the plain form the bare
 * Astro baseline reads (scripts/bench/baseline.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { StatusId } from '../../src/schema/index.ts';

export interface CorpusSize {
  reports: number;
  claims: number;
  sources: number;
}

export const SIZES = {
  default: { reports: 1000, claims: 20_000, sources: 2000 },
  small: { reports: 100, claims: 2000, sources: 200 },
  tiny: { reports: 4, claims: 40, sources: 12 },
} satisfies Record<string, CorpusSize>;

/**
 * A larger site keeps the default size's proportions: one report per 20 claims and one
 * source per 10 (`npm run bench -- --claims 100000`).
 */
export function sizeForClaims(claims: number): CorpusSize {
  return { reports: Math.max(1, Math.round(claims / 20)), claims, sources: Math.max(4, Math.round(claims / 10)) };
}

/**
 * The hook for record kinds beyond reports, claims and sources (the people, organisations
 * and places of the entities work): a kind generates its records from the corpus, in
 * proportion to the claims, and writes them into the content folder. generateCorpus runs
 * every kind in CORPUS_EXTENSIONS after the claims and reports; writeProjectContent writes
 * them; the baseline ignores them (a bare site has no such pages).
 */
export interface CorpusExtension {
  /** The content folder the kind's files go into, e.g. "entities". */
  folder: string;
  /** Records generated per claim, e.g. 0.05 for one per 20 claims. */
  perClaim: number;
  generate(corpus: Corpus, count: number, random: () => number): unknown[];
  write(records: unknown[], dir: string): void;
}
export const CORPUS_EXTENSIONS: CorpusExtension[] = [];

/** Records per YAML file: editors keep a few hundred per file, not one file per record. */
const CLAIMS_PER_FILE = 200;
const SOURCES_PER_FILE = 100;
/** Share of claims each report places in its text; the rest of its claims are listed only. */
const PLACED_SHARE = 0.6;

/** mulberry32: tiny, fast, seedable; Math.random would make every corpus different. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Real words so that typical queries ("prison recruitment") hit many pages, as they would.
const WORDS = (
  'prison colony recruitment recruiter inmate convict contract pardon wagner ministry defence front ' +
  'volunteer deployment assault unit region governor warden relative mother sister lawyer court ' +
  'sentence release months service payment rouble family letter interview video statement official ' +
  'report investigation document record list village town camp training week casualty wounded ' +
  'killed returned missing commander officer company battalion transfer bus night morning promise ' +
  'offer refusal pressure threat quota number figure estimate count source outlet journalist ' +
  'translation copy original archive telegram channel regional newspaper human rights group campaign ' +
  'the a of and to in that was were said says had by from with for on at as after before told ' +
  'according which who they their them his her its not no more than about least some many several'
).split(/\s+/);
// Real prose has a long tail of rare words (names, places, numbers): made-up words drawn with a
// skew, so the index has rare terms as well as the common ones every page shares.
const SYLLABLES = ['ka', 'lo', 'mir', 'sev', 'dan', 'ro', 'vol', 'gin', 'tor', 'ush', 'ek', 'pal', 'zim', 'bre', 'nov', 'ost'];
const TAIL = Array.from({ length: 4096 }, (_, i) => SYLLABLES[i % 16]! + SYLLABLES[(i >> 4) % 16]! + SYLLABLES[(i >> 8) % 16]!);
const OUTLET_STEMS = ['Gazette', 'Herald', 'Courier', 'Monitor', 'Observer', 'Review', 'Chronicle', 'Bulletin', 'Dispatch', 'Ledger', 'Times', 'Post'];
const PLACES = ['Northern', 'Eastern', 'Western', 'Southern', 'Central', 'River', 'Lake', 'Valley', 'Steppe', 'Forest', 'Coastal', 'Upland', 'Border'];
const STATUS_MIX: StatusId[] = [
  'reported',
  'reported',
  'reported',
  'corroborated',
  'corroborated',
  'unverified',
  'claimed',
  'claimed',
  'confirmed',
  'disputed',
  'false',
  'superseded',
];

const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const sourceId = (i: number) => `bench-source-${pad(i)}`;
const claimId = (i: number) => `bench-claim-${pad(i)}`;
const reportId = (i: number) => `bench-report-${pad(i)}`;

interface GeneratedSource {
  id: string;
  outlet: string;
  title: string;
  published: string;
  url: string;
  language: string;
  kind: 'original-reporting' | 'translation' | 'republication' | 'research';
  derivedFrom?: string;
}

interface GeneratedClaim {
  id: string;
  statement: string;
  claimant: { name: string; identification: 'named' | 'anonymous' | 'institution'; entity?: string; kind: string };
  date: string;
  sources: Array<{ id: string; quote?: string }>;
  status: StatusId;
  basis: string;
  assessedBy?: string;
  supersededBy?: string;
  contradicts?: string[];
  topics: string[];
  about?: string[];
}

/** A person, group or place with a Cyrillic spelling, as the real content has (about one per 20 claims). */
interface GeneratedEntity {
  id: string;
  name: string;
  kind: (typeof ENTITY_KIND_CYCLE)[number];
  description: string;
  names: Array<{ name: string; script: 'latin' | 'cyrillic'; language: string; wrong?: boolean; source?: string }>;
  sources: string[];
}

const ENTITY_KIND_CYCLE = ['person', 'organisation', 'institution', 'place', 'military-unit'] as const;
const CLAIMS_PER_ENTITY = 20;

interface GeneratedReport {
  id: string;
  title: string;
  summary: string;
  published: string;
  sources: string[];
  placed: string[];
  listed: string[];
  status: StatusId;
  /** MDX body with <Claim> tags. */
  body: string;
}

export interface Corpus {
  size: CorpusSize;
  sources: GeneratedSource[];
  claims: GeneratedClaim[];
  reports: GeneratedReport[];
  /** Records of each CORPUS_EXTENSIONS kind, by folder. */
  extra: Record<string, unknown[]>;
  entities: GeneratedEntity[];
}

export function generateCorpus(size: CorpusSize, seed = 1): Corpus {
  if (size.sources < 4 || size.claims < size.reports || size.reports < 1) {
    throw new Error('a corpus needs at least 4 sources, one report and no fewer claims than reports');
  }
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const word = () => (random() < 0.8 ? pick(WORDS) : TAIL[Math.floor(TAIL.length * random() ** 3)]!);
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = (n: number) => {
    const w = words(n);
    return `${w[0]!.toUpperCase()}${w.slice(1)}.`;
  };
  const date = (year0 = 2022) => `${int(year0, 2025)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;

  // Sources: a quarter of them copies of an earlier original, so lineage stays acyclic.
  const outletCount = Math.max(4, Math.round(size.sources / 12));
  const outlets = Array.from({ length: outletCount }, (_, i) =>
    `${PLACES[i % PLACES.length]} ${OUTLET_STEMS[Math.floor(i / PLACES.length) % OUTLET_STEMS.length]} ${Math.floor(i / (PLACES.length * OUTLET_STEMS.length)) || ''}`.trim(),
  );
  const sources: GeneratedSource[] = [];
  const originals: GeneratedSource[] = [];
  for (let i = 0; i < size.sources; i++) {
    const id = sourceId(i);
    const copy = i >= 2 && originals.length >= 2 && random() < 0.25;
    const s: GeneratedSource = {
      id,
      outlet: outlets[i % outlets.length]!,
      title: sentence(int(5, 10)).slice(0, -1),
      published: date(),
      url: `https://news.example.org/${id}`,
      language: pick(['en', 'ru', 'uk']),
      kind: copy ? pick(['translation', 'republication'] as const) : pick(['original-reporting', 'original-reporting', 'research'] as const),
    };
    if (copy) s.derivedFrom = pick(originals).id;
    else originals.push(s);
    sources.push(s);
  }
  const outletOf = new Map(sources.map((s) => [s.id, s.outlet]));
  const rootOutlet = (s: GeneratedSource) => (s.derivedFrom ? outletOf.get(s.derivedFrom)! : s.outlet);

  const claims: GeneratedClaim[] = [];
  for (let i = 0; i < size.claims; i++) {
    let status = pick(STATUS_MIX);
    // A superseded claim needs a later claim that replaces it.
    if (status === 'superseded' && i === size.claims - 1) status = 'reported';
    const first = pick(sources);
    const cited: Array<{ id: string; quote?: string }> = [{ id: first.id, quote: words(int(3, 6)) }];
    if (status === 'corroborated') {
      // Two lines of reporting whose originals come from different outlets.
      let second = pick(originals);
      while (second.outlet === rootOutlet(first)) second = pick(originals);
      cited.push({ id: second.id });
    } else if (random() < 0.4) {
      const extra = pick(sources);
      if (extra.id !== first.id) cited.push({ id: extra.id });
    }
    const c: GeneratedClaim = {
      id: claimId(i),
      statement: sentence(int(8, 16)),
      claimant:
        random() < 0.5
          ? { name: `${pick(PLACES)} ${pick(['regional office', 'rights group', 'ministry press service'])}`, identification: 'institution', kind: 'outlet' }
          : {
              name: `a ${pick(['relative', 'former inmate', 'lawyer'])} in the ${pick(PLACES).toLowerCase()} region`,
              identification: 'anonymous',
              kind: 'anonymous-source',
            },
      date: date(),
      sources: cited,
      status,
      basis: sentence(int(8, 14)),
      topics: [pick(['recruitment', 'pardon', 'casualties', 'payments', 'pressure'])],
    };
    // Interested parties are "claimed", never "reported" (CLAIMANT_KINDS in src/schema/status.ts).
    if (status === 'claimed') c.claimant.kind = 'campaign-group';
    if (status === 'confirmed') c.assessedBy = 'this project';
    if (status === 'superseded') c.supersededBy = claimId(int(i + 1, size.claims - 1));
    if (status === 'disputed' && i > 0) c.contradicts = [claimId(int(0, i - 1))];
    claims.push(c);
  }

  // Each claim belongs to one report; consecutive runs keep report pages similar in size.
  const reports: GeneratedReport[] = [];
  for (let r = 0; r < size.reports; r++) {
    const from = Math.floor((r * size.claims) / size.reports);
    const to = Math.floor(((r + 1) * size.claims) / size.reports);
    const own = claims.slice(from, to);
    const placedCount = Math.max(1, Math.round(own.length * PLACED_SHARE));
    const placed = own.slice(0, placedCount);
    const listed = own.slice(placedCount);
    const paragraphs: string[] = [];
    placed.forEach((c, k) => {
      if (k % 4 === 0) paragraphs.push(`## ${sentence(int(3, 6)).slice(0, -1)}`);
      paragraphs.push(
        `${sentence(int(30, 60))} ${sentence(int(10, 20)).slice(0, -1)}: <Claim id="${c.id}">${words(int(6, 12))}</Claim>. ${sentence(int(20, 40))}`,
      );
    });
    paragraphs.push(`${sentence(int(30, 50))} See the [archived report](https://archive.example.org/${reportId(r)}).`);
    const reportSources = [...new Set(own.flatMap((c) => c.sources.map((s) => s.id)))].slice(0, 12);
    reports.push({
      id: reportId(r),
      title: sentence(int(5, 9)).slice(0, -1),
      summary: sentence(int(15, 25)),
      published: date(2023),
      sources: reportSources,
      placed: placed.map((c) => c.id),
      listed: listed.map((c) => c.id),
      status: pick(['reported', 'corroborated', 'confirmed'] as const),
      body: `${paragraphs.join('\n\n')}\n`,
    });
  }
  // Entities draw from their own stream, so adding them left the rest of the corpus unchanged.
  const entityRandom = rng(seed + 1);
  const entities: GeneratedEntity[] = Array.from({ length: Math.max(2, Math.round(size.claims / CLAIMS_PER_ENTITY)) }, (_, i) => {
    const source = sources[Math.floor(entityRandom() * sources.length)]!;
    return {
      id: `bench-entity-${pad(i)}`,
      name: `${PLACES[i % PLACES.length]} entity ${i}`,
      kind: ENTITY_KIND_CYCLE[i % ENTITY_KIND_CYCLE.length]!,
      description: `Synthetic entity number ${i} for the benchmark.`,
      names: [
        { name: `Объект ${i}`, script: 'cyrillic', language: 'ru' },
        { name: `Obyekt ${i}`, script: 'latin', language: 'en' },
        { name: `Obiekt ${i}`, script: 'latin', language: 'pl', wrong: true, source: source.id },
      ],
      sources: [source.id],
    };
  });
  // Half the claims are about an entity and one in five links its claimant to one, as in the real content.
  for (const c of claims) {
    if (entityRandom() < 0.5) c.about = [entities[Math.floor(entityRandom() * entities.length)]!.id];
    if (entityRandom() < 0.2) c.claimant.entity = entities[Math.floor(entityRandom() * entities.length)]!.id;
  }
  const corpus: Corpus = { size, sources, claims, reports, entities, extra: {} };
  for (const kind of CORPUS_EXTENSIONS) corpus.extra[kind.folder] = kind.generate(corpus, Math.round(size.claims * kind.perClaim), random);
  return corpus;
}

const chunks = <T>(list: T[], n: number): T[][] => Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, (i + 1) * n));

/** Writes the corpus as a content folder the project builds (content/… layout). */
export function writeProjectContent(corpus: Corpus, dir: string): void {
  for (const folder of ['reports', 'claims', 'sources', 'events', 'entities']) mkdirSync(join(dir, folder), { recursive: true });
  chunks(corpus.entities, SOURCES_PER_FILE).forEach((list, i) => writeFileSync(join(dir, 'entities', `entities-${pad(i, 3)}.yaml`), stringify(list)));
  chunks(corpus.sources, SOURCES_PER_FILE).forEach((list, i) => writeFileSync(join(dir, 'sources', `sources-${pad(i, 3)}.yaml`), stringify(list)));
  chunks(corpus.claims, CLAIMS_PER_FILE).forEach((list, i) => writeFileSync(join(dir, 'claims', `claims-${pad(i, 3)}.yaml`), stringify(list)));
  const events = corpus.reports
    .filter((_, i) => i % 10 === 0)
    .map((r, i) => ({ id: `bench-event-${pad(i)}`, date: r.published, title: r.title, claims: r.placed.slice(0, 2), reports: [r.id] }));
  writeFileSync(join(dir, 'events', 'events.yaml'), stringify(events.length ? events : []));
  for (const r of corpus.reports) {
    const frontmatter = {
      title: r.title,
      summary: r.summary,
      published: r.published,
      sources: r.sources,
      claims: r.listed,
      verification: { status: r.status, basis: 'Synthetic benchmark report.' },
      topics: ['recruitment'],
    };
    writeFileSync(join(dir, 'reports', `${r.id}.mdx`), `---\n${stringify(frontmatter)}---\n\n${r.body}`);
  }
  for (const kind of CORPUS_EXTENSIONS) {
    mkdirSync(join(dir, kind.folder), { recursive: true });
    kind.write(corpus.extra[kind.folder] ?? [], join(dir, kind.folder));
  }
}
