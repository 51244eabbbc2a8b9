/**
 * Preloaded into the build by `npm run bench -- --memory-timeline` (NODE_OPTIONS=--import):
 * every 500 ms, one JSON line of process.memoryUsage() to $BENCH_MEMORY_TIMELINE. Tells apart
 * what the build's resident memory is: V8's heap (used, and reserved but free), Buffers, or
 * memory outside both (native code such as the bundler, and the allocator's free lists).
 */
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_MEMORY_TIMELINE;
// Only the build itself: child processes inherit NODE_OPTIONS but not this variable's meaning.
if (file && process.argv.some((a) => a.endsWith('astro.mjs'))) {
  const started = performance.now();
  setInterval(() => {
    const m = process.memoryUsage();
    appendFileSync(file, JSON.stringify({ ms: Math.round(performance.now() - started), pid: process.pid, ...m }) + '\n');
  }, 500).unref();
}
