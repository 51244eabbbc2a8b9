import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { drawCard, socialCardFiles, socialCardSvg, wrapLines } from '../../src/lib/output/social-card.ts';

describe('social preview cards', () => {
  it('wraps a title into lines and ends a cut title with an ellipsis', () => {
    expect(wrapLines('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapLines('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });

  it('draws the kind, the title and a claim’s status as escaped text', () => {
    const svg = socialCardSvg({ kind: 'Claim', title: 'Said <b>"yes"</b> & left', status: '● Reported', siteName: 'From Colony to Front' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('CLAIM · From Colony to Front');
    expect(svg).toContain('Said &lt;b&gt;&quot;yes&quot;&lt;/b&gt; &amp; left');
    expect(svg).toContain('● Reported');
    expect(svg).not.toContain('<b>');
  });

  it('draws a card as a 1200 × 630 RGB PNG, without an alpha channel', async () => {
    const png = await drawCard({ kind: 'Report', title: 'A report', siteName: 'From Colony to Front' });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels, meta.hasAlpha, meta.isPalette]).toEqual(['png', 1200, 630, 3, false, false]);
  });

  it('draws cards one at a time, in the order asked, so drawing takes one core at most', async () => {
    // sharp's own counters: images being drawn on the thread pool, and images waiting for it.
    let drawing = 0;
    let waiting = 0;
    let done = false;
    const watch = (async () => {
      while (!done) {
        const { queue, process } = sharp.counters();
        drawing = Math.max(drawing, process);
        waiting = Math.max(waiting, queue);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const finished: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => drawCard({ kind: 'Report', title: `Report ${i}`, siteName: 'x' }).then(() => finished.push(i))));
    done = true;
    await watch;
    expect(finished).toEqual([0, 1, 2, 3]);
    // Four asked for at once would be four drawn at once, or three waiting for the pool.
    expect([drawing, waiting]).toEqual([1, 1]);
  });
});

describe('the cards a build draws', () => {
  const reports = [
    { id: 'lakeside', data: { title: 'What happened at the lakeside colony' } },
    { id: 'unfinished', data: { title: 'Not yet', draft: true } },
    { id: 'ru/lakeside', data: { title: 'Что случилось в колонии у озера' } },
  ];
  const files = socialCardFiles(reports);

  it('draws a card for each published report, at the path its page names, and none for drafts or translations', () => {
    const reportCards = files.filter((f) => f.card.kind === 'Report');
    expect(reportCards).toEqual([
      { path: '/og/reports/lakeside.png', card: { kind: 'Report', title: 'What happened at the lakeside colony', siteName: 'From Colony to Front' } },
    ]);
  });

  it('draws one card per status, which every claim of that status shares', () => {
    const reported = files.find((f) => f.path === '/og/status/reported.png');
    expect(reported?.card).toMatchObject({ kind: 'Claim', status: '● Reported' });
    expect(files.filter((f) => f.card.kind === 'Claim').every((f) => /^\/og\/status\/[a-z]+\.png$/.test(f.path))).toBe(true);
  });
});
