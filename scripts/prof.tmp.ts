import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const nodes = new Map<number, any>(prof.nodes.map((n: any) => [n.id, n]));
const self = new Map<number, number>();
const dt = prof.timeDeltas as number[];
prof.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, t] of self) {
  const cf = nodes.get(id).callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '')}:${cf.lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + t);
  const f = cf.url.replace(/.*node_modules\//, '').replace(/\/[^/]*$/, '') || cf.functionName;
  byFile.set(f, (byFile.get(f) ?? 0) + t);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', Math.round(total / 1000));
for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log((t / 1000).toFixed(0).padStart(7), k);
console.log('--- by dir');
for (const [k, t] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / 1000).toFixed(0).padStart(7), k);
