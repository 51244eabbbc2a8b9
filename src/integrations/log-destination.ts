/**
 * Where Astro's log goes (Astro's Logger API: `logger.entrypoint` in astro.config.mjs): the same
 * lines as Astro's own node logger, written in batches.
 *
 * Why: Astro logs two lines for every page it builds. At the benchmark's 48,000 pages its node
 * logger made 96,000 synchronous writes to stdout and formatted a clock time through Intl for
 * each, about 3 s of the main thread, which also hands pages to the rendering threads
 * (docs/PERFORMANCE.md). Here the clock is formatted once a second and lines are written
 * together, a moment later or once 16 KB have gathered. An error is written at once, to stderr,
 * after whatever came before it; so is a warning, to stdout. Nothing is held back when the
 * process exits.
 *
 * Node runs this file as it is, so it holds only erasable TypeScript.
 */
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import { matchesLevel } from 'astro/logger';
import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

/** How long a line may wait, and how much may gather, before the batch is written. */
const WAIT_MS = 50;
const BATCH_CHARS = 16_384;

/** A line as Astro's node logger formats it (astro/dist/core/logger/core.js, getEventPrefix). */
export function formatLine(event: AstroLoggerMessage, clock: string, paint: (style: Style, text: string) => string): string {
  const end = event.newLine ? '\n' : '';
  if (event.label === 'SKIP_FORMAT') return event.message + end;
  const label = event.label ? ` [${event.label}]` : '';
  let prefix: string;
  if (event.level === 'error' || event.level === 'warn') {
    const text = `${paint('bold', clock)} [${event.level.toUpperCase()}]${label}`;
    prefix = paint(event.level === 'error' ? 'red' : 'yellow', text);
  } else {
    prefix = paint('dim', clock) + (label ? ' ' + paint('blue', label.slice(1)) : '');
  }
  return `${prefix} ${event.message}${end}`;
}

export interface Streams {
  out(text: string): void;
  err(text: string): void;
  /** Calls `flush` soon; returns a function that cancels the call. */
  later(flush: () => void): () => void;
  /** The clock time as the log shows it. */
  clock(): string;
  paint(style: Style, text: string): string;
}

/** An AstroLoggerDestination whose flush writes at once rather than returning a promise. */
interface BatchedDestination {
  write(event: AstroLoggerMessage): void;
  flush(): void;
  close(): void;
}

/** The destination, writing through `streams`; `level` is the least level it prints. */
export function batchedDestination(streams: Streams, level: AstroLoggerLevel = 'info'): BatchedDestination {
  let batch = '';
  let cancel: (() => void) | undefined;
  const flush = () => {
    cancel?.();
    cancel = undefined;
    if (!batch) return;
    const text = batch;
    batch = '';
    streams.out(text);
  };
  return {
    write(event) {
      if (!matchesLevel(event.level, level)) return;
      const line = formatLine(event, streams.clock(), streams.paint);
      if (event.level === 'error') {
        flush();
        streams.err(line);
        return;
      }
      batch += line;
      if (event.level === 'warn' || batch.length >= BATCH_CHARS) flush();
      else cancel ??= streams.later(flush);
    },
    flush,
    close: flush,
  };
}

/** Astro's clock format: hours, minutes and seconds, 24-hour, in the machine's locale. */
function secondClock(): () => string {
  const format = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  let second = -1;
  let shown = '';
  return () => {
    const now = Date.now();
    const current = Math.floor(now / 1000);
    if (current !== second) {
      second = current;
      shown = format.format(now);
    }
    return shown;
  };
}

/**
 * Every destination made in this process, written out as it exits (Astro makes one again on
 * each restart of the dev server). Writes to a pipe or a file are synchronous in Node, so a
 * batch written then is not lost.
 */
const destinations = new Set<BatchedDestination>();
let flushOnExit = false;

/** The destination Astro loads: stdout and stderr, coloured as Node colours them for stdout. */
export default function processDestination(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const coloured = styleText('dim', 'x', { stream: process.stdout }) !== 'x';
  const destination = batchedDestination(
    {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      later(flush) {
        const timer = setTimeout(flush, WAIT_MS);
        timer.unref();
        return () => clearTimeout(timer);
      },
      clock: secondClock(),
      paint: (style, text) => (coloured ? styleText(style, text, { validateStream: false }) : text),
    },
    options.level,
  );
  destinations.add(destination);
  if (!flushOnExit) {
    flushOnExit = true;
    process.on('exit', () => destinations.forEach((d) => d.flush()));
  }
  return destination;
}
