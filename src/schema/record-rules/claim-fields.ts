import type { ClaimantKindId, StatusId } from '../status.ts';

/** The fields of a claim its record rules read. */
export interface ClaimFields {
  status: StatusId;
  assessedBy?: string | undefined;
  supersededBy?: string | undefined;
  claimant: { kind: ClaimantKindId };
  original?: string | undefined;
  change?: string | undefined;
  figure?: { method?: string | undefined } | undefined;
  ru?: { statement?: string | undefined; unit?: string | undefined; method?: string | undefined } | undefined;
}
