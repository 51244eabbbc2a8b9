/**
 * Source lineage: which text descends from which. Independence for corroboration is
 * decided here, once, for the rules, the claim pages and the lineage diagram.
 */
export interface LineageSource {
  id: string;
  outlet: string;
  derivedFrom?: string | undefined;
}

/** The chain from a source up to its original (inclusive), stopping at a missing link or a cycle. */
export function ancestry<S extends LineageSource>(id: string, byId: ReadonlyMap<string, S>): S[] {
  const chain: S[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.derivedFrom ? byId.get(current.derivedFrom) : undefined;
  }
  return chain;
}

/** The original a source descends from (itself, if it is an original). */
export function rootOf<S extends LineageSource>(id: string, byId: ReadonlyMap<string, S>): S | undefined {
  const chain = ancestry(id, byId);
  return chain[chain.length - 1];
}

/** Ids in a derivedFrom cycle, each cycle reported once by its first member in sorted order. */
export function lineageCycles(byId: ReadonlyMap<string, LineageSource>): string[][] {
  const cycles: string[][] = [];
  const reported = new Set<string>();
  for (const id of [...byId.keys()].sort()) {
    const path: string[] = [];
    let current: string | undefined = id;
    while (current && byId.has(current) && !path.includes(current)) {
      path.push(current);
      current = byId.get(current)!.derivedFrom;
    }
    if (current && path.includes(current)) {
      const cycle = path.slice(path.indexOf(current));
      const key = [...cycle].sort().join(' ');
      if (!reported.has(key)) {
        reported.add(key);
        cycles.push(cycle);
      }
    }
  }
  return cycles;
}

/**
 * Groups sources into independent lines of reporting. Copies of one original count as that
 * original, and two originals from the same outlet count once: a newsroom does not
 * corroborate itself.
 */
export function independentGroups<S extends LineageSource>(ids: readonly string[], byId: ReadonlyMap<string, S>): Array<{ outlet: string; sources: string[] }> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = rootOf(id, byId);
    if (!root) continue;
    const key = root.outlet.trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups.entries()].map(([, sources]) => ({ outlet: rootOf(sources[0]!, byId)!.outlet, sources }));
}

export interface LineageNode<S extends LineageSource> {
  source: S;
  children: LineageNode<S>[];
}

/**
 * The lineage as trees: each original with the texts derived from it, nested. A source whose
 * original is not on record is a root; a cycle (which the checker rejects) is cut, not followed.
 * Siblings keep the order of the input, so callers decide the order (e.g. by date).
 */
export function lineageForest<S extends LineageSource>(all: readonly S[]): LineageNode<S>[] {
  const ids = new Set(all.map((s) => s.id));
  const children = new Map<string, S[]>();
  for (const s of all) if (s.derivedFrom && ids.has(s.derivedFrom)) children.set(s.derivedFrom, [...(children.get(s.derivedFrom) ?? []), s]);
  const placed = new Set<string>();
  const grow = (s: S): LineageNode<S> => {
    placed.add(s.id);
    return { source: s, children: (children.get(s.id) ?? []).filter((c) => !placed.has(c.id)).map(grow) };
  };
  const roots = all.filter((s) => !s.derivedFrom || !ids.has(s.derivedFrom)).map(grow);
  // Members of a cycle have no root; start from the first of them so none is lost.
  for (const s of all) if (!placed.has(s.id)) roots.push(grow(s));
  return roots;
}
