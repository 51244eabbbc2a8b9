/**
 * The build's log destination (src/integrations/log-destination.ts): Astro's lines, unchanged,
 * written in batches, with errors and warnings never held back and nothing lost at exit.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { AstroLoggerMessage } from 'astro';
import { batchedDestination, formatLine, type Streams } from '../../src/integrations/log-destination.ts';

const plain = (_style: unknown, text: string) => text;
/** Marks each style so a test sees which part was painted how. */
const marked = (style: unknown, text: string) => `<${String(style)}>${text}</${String(style)}>`;

const info = (message: string, label: string | null = null, newLine = true): AstroLoggerMessage => ({ level: 'info', label, message, newLine });

/** Streams that record what is written, with a timer the test fires itself. */
function recording() {
  const written: Array<['out' | 'err', string]> = [];
  let pending: (() => void) | undefined;
  const streams: Streams = {
    out: (text) => void written.push(['out', text]),
    err: (text) => void written.push(['err', text]),
    later(flush) {
      pending = flush;
      return () => (pending = undefined);
    },
    clock: () => '22:56:12',
    paint: plain,
  };
  return { streams, written, fire: () => pending?.(), isScheduled: () => pending !== undefined };
}

describe('formatLine', () => {
  it('gives a page line as Astro does: the clock dimmed, then the message, with no newline when asked', () => {
    const line = formatLine(info('  ├─ /claims/a/index.html', null, false), '22:56:12', marked);
    expect(line).toBe('<dim>22:56:12</dim>   ├─ /claims/a/index.html');
  });

  it('paints the label blue and ends the line', () => {
    expect(formatLine(info('indexed', 'search'), '09:01:02', marked)).toBe('<dim>09:01:02</dim> <blue>[search]</blue> indexed\n');
  });

  it('writes a SKIP_FORMAT message as it is', () => {
    expect(formatLine(info(' (+3ms)', 'SKIP_FORMAT'), '09:01:02', marked)).toBe(' (+3ms)\n');
  });

  it('marks a warning and an error with their level, in yellow and red, the clock bold', () => {
    const warning = formatLine({ level: 'warn', label: 'build', message: 'slow', newLine: true }, '09:01:02', marked);
    expect(warning).toBe('<yellow><bold>09:01:02</bold> [WARN] [build]</yellow> slow\n');
    const error = formatLine({ level: 'error', label: null, message: 'broke', newLine: true }, '09:01:02', marked);
    expect(error).toBe('<red><bold>09:01:02</bold> [ERROR]</red> broke\n');
  });
});

describe('batchedDestination', () => {
  it('holds info lines until the timer fires, then writes them in one go, in order', () => {
    const { streams, written, fire, isScheduled } = recording();
    const destination = batchedDestination(streams);
    destination.write(info('  ├─ /a/index.html', null, false));
    destination.write(info(' (+3ms)', 'SKIP_FORMAT'));
    destination.write(info('  ├─ /b/index.html', null, false));
    expect(written).toEqual([]);
    expect(isScheduled()).toBe(true);
    fire();
    expect(written).toEqual([['out', '22:56:12   ├─ /a/index.html (+3ms)\n22:56:12   ├─ /b/index.html']]);
  });

  it('writes what came before an error first, then the error to stderr at once', () => {
    const { streams, written } = recording();
    const destination = batchedDestination(streams);
    destination.write(info('building', 'build'));
    destination.write({ level: 'error', label: 'build', message: 'Caught error rendering /a/', newLine: true });
    expect(written).toEqual([
      ['out', '22:56:12 [build] building\n'],
      ['err', '22:56:12 [ERROR] [build] Caught error rendering /a/\n'],
    ]);
  });

  it('writes a warning at once, to stdout, as Astro does', () => {
    const { streams, written, isScheduled } = recording();
    batchedDestination(streams).write({ level: 'warn', label: 'content', message: 'no entries', newLine: true });
    expect(written).toEqual([['out', '22:56:12 [WARN] [content] no entries\n']]);
    expect(isScheduled()).toBe(false);
  });

  it('writes a batch once 16 KB have gathered, without waiting for the timer', () => {
    const { streams, written } = recording();
    const destination = batchedDestination(streams);
    const message = 'x'.repeat(1000);
    for (let i = 0; i < 17; i++) destination.write(info(message, 'SKIP_FORMAT'));
    expect(written).toHaveLength(1);
    expect(written[0]![1]).toBe(`${message}\n`.repeat(17));
  });

  it('prints only what its level lets through', () => {
    const { streams, written } = recording();
    const destination = batchedDestination(streams, 'warn');
    destination.write(info('quiet'));
    destination.write({ level: 'warn', label: null, message: 'loud', newLine: true });
    destination.flush();
    expect(written).toEqual([['out', '22:56:12 [WARN] loud\n']]);
  });

  it('writes what is held when flushed, and nothing when nothing is', () => {
    const { streams, written, isScheduled } = recording();
    const destination = batchedDestination(streams);
    destination.flush();
    expect(written).toEqual([]);
    destination.write(info('last line'));
    destination.flush();
    expect(written).toEqual([['out', '22:56:12 last line\n']]);
    expect(isScheduled()).toBe(false);
  });
});

describe('the destination Astro loads', () => {
  it('loses no line when the process exits before the timer fires', () => {
    const script = `
      import destination from ${JSON.stringify(new URL('../../src/integrations/log-destination.ts', import.meta.url).href)};
      // As after a restart of the dev server: a second destination, the first still holding a line.
      const first = destination();
      first.write({ level: 'info', label: 'SKIP_FORMAT', message: 'first', newLine: true });
      const log = destination();
      for (let i = 0; i < 3; i++) log.write({ level: 'info', label: 'SKIP_FORMAT', message: 'page ' + i, newLine: true });
      process.exit(0);
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('first\npage 0\npage 1\npage 2\n');
  });
});
