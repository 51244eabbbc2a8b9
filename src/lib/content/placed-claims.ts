/**
 * Claims placed in a report's text with <Claim id="…" />. Read from the MDX source so the
 * checker, the report page ("claims not placed in the text") and the claim pages ("reports
 * that cite it") agree without rendering anything.
 */
const CLAIM_TAG = /<Claim\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

export interface PlacedClaim {
  id: string;
  /** 1-based line within the body text. */
  line: number;
}

export function placedClaims(body: string): PlacedClaim[] {
  const out: PlacedClaim[] = [];
  // Lines counted from the previous match on, so a long report with many claims stays linear.
  let line = 1;
  let from = 0;
  for (const m of body.matchAll(CLAIM_TAG)) {
    const id = m[1] ?? m[2] ?? m[3] ?? '';
    for (let i = body.indexOf('\n', from); i !== -1 && i < m.index; i = body.indexOf('\n', i + 1)) line++;
    from = m.index;
    out.push({ id, line });
  }
  return out;
}

/** The claims a report carries: those placed in its text, then those only listed, without repeats. */
export function reportClaimIds(body: string, listed: readonly string[]): { placed: string[]; unplaced: string[] } {
  const placed = [...new Set(placedClaims(body).map((c) => c.id))];
  const set = new Set(placed);
  return { placed, unplaced: [...new Set(listed)].filter((id) => !set.has(id)) };
}
