/**
 * The rules across records, one per file (the model: withastro/docs scripts/lib/linkcheck),
 * in the order they run. `npm run check`, the build guard and the tests all run them through
 * checkContent (../check.ts); the rules one record keeps by itself live in the schema
 * (src/schema/record-rules/, one file per rule), and the catalogue (../catalogue.ts) lists both.
 */
import type { Problem } from '../../problem.ts';
import type { Checked } from '../../placeholders.ts';
import type { InvalidIds, ValidContent } from '../../validate.ts';
import { claimAmbiguous } from './claim-ambiguous.ts';
import { claimPlacedTwice } from './claim-placed-twice.ts';
import { claimantEntity } from './claimant-entity.ts';
import { ruleContext, type ContentRule, type PlacedByFile } from './context.ts';
import { corroboratedNeedsIndependentSources } from './corroborated-needs-independent-sources.ts';
import { corroboratesNeedsIndependence } from './corroborates-needs-independence.ts';
import { draftReference } from './draft-reference.ts';
import { duplicateEntityName } from './duplicate-entity-name.ts';
import { duplicateId } from './duplicate-id.ts';
import { formerId } from './former-id.ts';
import { lineage } from './lineage.ts';
import { placeholder } from './placeholder.ts';
import { pseudonym } from './pseudonym.ts';
import { reference } from './reference.ts';
import { relation } from './relation.ts';
import { seriesNotSuperseded } from './series-not-superseded.ts';
import { unconsultedCap } from './unconsulted-cap.ts';
import { translation } from './translation.ts';

export type { ContentRule, PlacedByFile } from './context.ts';

export const CONTENT_RULES: readonly ContentRule[] = [
  duplicateId,
  reference,
  relation,
  lineage,
  corroboratedNeedsIndependentSources,
  unconsultedCap,
  corroboratesNeedsIndependence,
  seriesNotSuperseded,
  draftReference,
  claimPlacedTwice,
  claimAmbiguous,
  duplicateEntityName,
  claimantEntity,
  pseudonym,
  placeholder,
  formerId,
  translation,
];

/** Every rule across records, over content that passed the schema; each problem names its rule. */
export function checkRules(content: ValidContent, invalidIds?: InvalidIds, placedByFile?: PlacedByFile, raw?: Checked[]): Problem[] {
  const context = ruleContext(content, invalidIds, placedByFile, raw);
  return CONTENT_RULES.flatMap((rule) => rule.check(context));
}
