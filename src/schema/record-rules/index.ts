/** The record rules, one per file in this folder, grouped by the schema that carries them (see rule.ts). */
import type { RecordRule, RuleInfo } from './rule.ts';
import type { ClaimFields } from './claim-fields.ts';
import { copyNeedsOriginal } from './copy-needs-original.ts';
import { claimantKindStatus } from './claimant-kind-status.ts';
import { confirmedNeedsAssessor } from './confirmed-needs-assessor.ts';
import { supersededNeedsSuccessor } from './superseded-needs-successor.ts';
import { distortionNeedsChange } from './distortion-needs-change.ts';
import { changedNameNeedsNote } from './changed-name-needs-note.ts';
import { figureValue } from './figure-value.ts';
import { wrongSpellingNeedsSource } from './wrong-spelling-needs-source.ts';
import { pseudonymNeedsNote } from './pseudonym-needs-note.ts';
import { russianFigureWords } from './russian-figure-words.ts';

export { refineWith, type RuleInfo } from './rule.ts';

export const SOURCE_RULES: ReadonlyArray<RecordRule<{ kind: string; derivedFrom?: string | undefined }>> = [copyNeedsOriginal];
export const CLAIM_RULES: ReadonlyArray<RecordRule<ClaimFields>> = [
  claimantKindStatus,
  confirmedNeedsAssessor,
  supersededNeedsSuccessor,
  distortionNeedsChange,
  russianFigureWords,
];
export const CLAIMANT_RULES: ReadonlyArray<RecordRule<{ identification: string; identityNote?: string | undefined }>> = [changedNameNeedsNote];
export const FIGURE_RULES: ReadonlyArray<RecordRule<{ value?: number | undefined; low?: number | undefined; high?: number | undefined }>> = [figureValue];
export const ENTITY_NAME_RULES: ReadonlyArray<RecordRule<{ wrong: boolean; source?: string | undefined }>> = [wrongSpellingNeedsSource];
export const ENTITY_RULES: ReadonlyArray<RecordRule<{ pseudonym: boolean; pseudonymNote?: string | undefined }>> = [pseudonymNeedsNote];

/** Every rule the schemas carry, in the order the catalogue lists them. */
export const SCHEMA_RULES: readonly RuleInfo[] = [...SOURCE_RULES, ...CLAIM_RULES, ...CLAIMANT_RULES, ...FIGURE_RULES, ...ENTITY_RULES, ...ENTITY_NAME_RULES];
