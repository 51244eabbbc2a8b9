/**
 * What a reader types, and the page that must come back in the top three. A row per query;
 * `filters` narrows as the search page's filter pane does. Add rows here as content grows:
 * FIXTURE_QUERIES run against tests/fixtures/site in tests/build/search.test.ts.
 */
export interface SearchExpectation {
  /** What the row checks, for the test name. */
  why: string;
  query: string;
  filters?: Record<string, string[]>;
  /** A site path (without the base), e.g. "/claims/x/". */
  expect: string;
  /** How high it must rank; 3 unless the row says otherwise. */
  within?: number;
}

export const FIXTURE_QUERIES: SearchExpectation[] = [
  // Numbers, as written and as typed
  { why: 'a figure as printed', query: '4,212', expect: '/claims/fixture-vorkhovo-ledger-count/' },
  { why: 'a figure typed without its comma', query: '4212', expect: '/claims/fixture-vorkhovo-ledger-count/' },
  { why: 'a small number with its noun', query: '57 coffins', expect: '/claims/fixture-ostrogorsk-coffins/' },
  { why: 'a quota figure', query: '317 recruits', expect: '/claims/fixture-marmalade-quota/' },
  // Names: named, changed and institutional claimants
  { why: 'a named claimant', query: 'Granmoor', expect: '/claims/fixture-vorkhovo-ledger-count/' },
  { why: 'a changed name', query: 'Oksenfeld', expect: '/claims/fixture-ostrogorsk-coffins/' },
  { why: 'a changed name from the older fixture', query: 'Quillfeather', expect: '/claims/fixture-marmalade-quota/' },
  { why: 'an institution as claimant', query: 'Ministry of Corrections', expect: '/claims/fixture-ministry-consent/' },
  { why: 'an outlet finds its source record', query: 'Fixture Ledger Weekly', expect: '/sources/fixture-ledger-weekly/' },
  { why: 'an author, written only in a source record’s facts', query: 'Petra Hollowmere', expect: '/sources/fixture-ledger-weekly/', within: 1 },
  // Places
  { why: 'a town', query: 'Ostrogorsk', expect: '/claims/fixture-ostrogorsk-coffins/' },
  { why: 'a ferry', query: 'Saltmarsh ferry', expect: '/claims/fixture-saltmarsh-ferry/' },
  { why: 'a camp finds its own page', query: 'Vorkhovo', expect: '/entities/vorkhovo-transit-camp/' },
  // The camp's page and its claims come first; the report that tells its story follows.
  { why: 'a camp finds the long report', query: 'Vorkhovo', expect: '/reports/fixture-long-report/', within: 6 },
  // Words from testimony (quotes on claim pages)
  { why: 'a phrase quoted from testimony', query: 'not to open the lids', expect: '/claims/fixture-ostrogorsk-coffins/' },
  { why: 'another quoted phrase', query: 'barrack loses its parcels', expect: '/claims/fixture-guard-barrack-quota/' },
  { why: 'a phrase from a report', query: 'heron count', expect: '/reports/fixture-second-report/' },
  { why: 'a phrase from the long report', query: 'sorting house', expect: '/reports/fixture-long-report/' },
  // With filters
  {
    why: 'a place, claims only',
    query: 'Vorkhovo',
    filters: { type: ['Claim'], status: ['Disputed'] },
    expect: '/claims/fixture-guard-barrack-quota/',
    within: 1,
  },
  { why: 'a name, superseded only', query: 'Granmoor', filters: { status: ['Superseded'] }, expect: '/claims/fixture-early-count/', within: 1 },
  { why: 'a word, reports only', query: 'ledger', filters: { type: ['Report'] }, expect: '/reports/fixture-long-report/', within: 1 },
  {
    why: 'a word, anonymous claimants only',
    query: 'colony',
    filters: { claimant: ['Anonymous'] },
    expect: '/claims/fixture-wardens-offered-pardon/',
    within: 1,
  },
  { why: 'a word, one year only', query: 'winter', filters: { year: ['2024'] }, expect: '/claims/fixture-ostrogorsk-coffins/', within: 1 },
  { why: 'a word, one topic only', query: 'inmates', filters: { topic: ['Transfers'] }, expect: '/claims/fixture-saltmarsh-ferry/', within: 1 },
];

/** Queries against the project's own content (tests/build/content.test.ts). */
export const CONTENT_QUERIES: SearchExpectation[] = [
  { why: 'the December 2023 upper estimate, by who gave it', query: 'Romanova 120,000', expect: '/claims/estimate-romanova-dec-2023-up-to-120000/' },
  { why: 'the colony named in 2022 has its own page', query: 'IK-17 Mordovia', expect: '/entities/ik-17-mordovia/', within: 1 },
  { why: 'the colony named in 2022, in the claim about it', query: 'IK-17 volunteers', expect: '/claims/cnn-2022-david-whelan-ten-volunteers/' },
  { why: 'the last message', query: 'Run, Forrest, Run', expect: '/claims/andrei-run-forrest-run/' },
  { why: 'the unverified deaths of 9 May', query: '60 died 9 May', expect: '/claims/andrei-families-said-up-to-60-died/' },
  { why: 'the first recruit’s tag', query: 'K1-001', expect: '/claims/estimate-mediazona-first-recruit-k1-001/' },
  { why: 'Wagner payment records', query: '48,366', expect: '/claims/estimate-mediazona-bbc-2024-48366-recruited-by-wagner/' },
  { why: 'Prigozhin in Cyrillic finds his page', query: 'Пригожин', expect: '/entities/yevgeny-prigozhin/' },
  { why: 'the garbled spelling finds Prigozhin’s page too', query: 'Prigogine', expect: '/entities/yevgeny-prigozhin/' },
  { why: 'Osechkin in Cyrillic', query: 'Осечкин', expect: '/entities/vladimir-osechkin/' },
  { why: 'Romanova in Cyrillic', query: 'Романова', expect: '/entities/olga-romanova/' },
  { why: 'Wagner in Cyrillic', query: 'Вагнер', expect: '/entities/wagner-group/' },
  { why: 'Mordovia in Cyrillic', query: 'Мордовия', expect: '/entities/mordovia/' },
  { why: 'Mediazona in Cyrillic', query: 'Медиазона', expect: '/entities/mediazona/' },
  { why: 'Bakhmut by its Soviet name', query: 'Artemovsk', expect: '/entities/bakhmut/' },
  { why: 'Luhansk transliterated from Russian', query: 'Lugansk', expect: '/entities/luhansk/' },
  { why: 'the wounded in Luhansk', query: 'Luhansk hospital', expect: '/claims/cnn-2022-wounded-husband-luhansk-hospital/' },
  { why: 'a claimant by name, claims only', query: 'Osechkin', filters: { type: ['Claim'] }, expect: '/claims/cnn-2022-osechkin-huge-wave/', within: 10 },
  { why: 'the Andrei report by its title word', query: 'Andrei', filters: { type: ['Report'] }, expect: '/reports/andrei/', within: 1 },
  { why: 'a copy\u2019s headline, by its words', query: 'released from jail', expect: '/claims/distortion-rewrite-died-on-release-day/', within: 3 },
  {
    why: 'distortions only',
    query: 'at least 10,000 convicts',
    filters: { status: ['False'] },
    expect: '/claims/distortion-insider-at-least-10000-convicts/',
    within: 3,
  },
  { why: 'the re-dated Victory Day assault', query: 'Victory Day assault', expect: '/claims/cnn-2023-andrei-among-dead-of-victory-day-assault/', within: 3 },
];
