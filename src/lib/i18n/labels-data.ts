/**
 * The open data's words in every language: for each enumerated value in the data files (a
 * status, a claimant kind, a source kind…), its label in English and Russian, from the same
 * catalogues the pages use. Published as /data/labels.json.
 */
import { CLAIMANT_KIND_IDS, STATUS_IDS } from '../../schema/status.ts';
import { ENTITY_KINDS } from '../../schema/entity.ts';
import { SOURCE_KINDS } from '../../schema/index.ts';
import { LOCALES, type Locale } from '../text/locales.ts';
import { t, type MessageKey } from './messages.ts';

const FINDING_KINDS = ['copy-method', 'omission', 'addition', 'framing', 'dateline', 'naming', 'spelling', 'attribution', 'arithmetic', 'carrier'] as const;
const CERTAINTIES = ['established', 'probable', 'hypothesis'] as const;

type Labels = Record<string, Record<Locale, string>>;

function table(ids: readonly string[], key: (id: string) => string): Labels {
  return Object.fromEntries(ids.map((id) => [id, Object.fromEntries(LOCALES.map((l) => [l, t(l, key(id) as MessageKey)])) as Record<Locale, string>]));
}

export function openDataLabels() {
  return {
    languages: [...LOCALES],
    status: table(STATUS_IDS, (id) => `status.${id}.label`),
    claimantKind: table(CLAIMANT_KIND_IDS, (id) => `claimantKind.${id}.label`),
    sourceKind: table(SOURCE_KINDS, (id) => `sourceKind.${id}`),
    findingKind: table(FINDING_KINDS, (id) => `findingKind.${id}`),
    certainty: table(CERTAINTIES, (id) => `certainty.${id}`),
    entityKind: table(ENTITY_KINDS, (id) => `entityKind.${id}.one`),
  };
}
