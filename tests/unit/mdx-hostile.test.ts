/** The MDX rules against hostile markup that the per-file fixtures do not each cover. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkMdx } from '../../src/lib/content/rules/mdx/mdx-rules.ts';
import { isRemoteResource } from '../../src/lib/content/rules/mdx/remote-image.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// A report beside the fixture photo, so local image paths resolve.
const check = (body: string) => checkMdx({ file: 'x.mdx', body, bodyLine: 1, absolutePath: `${ROOT}tests/fixtures/site/reports/x.mdx`, root: ROOT });
const rules = (body: string) => check(body).map((p) => `${p.rule} ${p.field}`);

describe('hostile markup in reports', () => {
  it.each([
    ['<embed src="x" />', 'mdx-element <embed>'],
    ['<meta http-equiv="refresh" content="0;url=https://x.example/" />', 'mdx-element <meta>'],
    ['<base href="https://x.example/" />', 'mdx-element <base>'],
    ['<link rel="stylesheet" href="https://x.example/a.css" />', 'mdx-element <link>'],
    ['<style>{"p{}"}</style>', 'mdx-element <style>'],
    ['<svg><use xlink:href="https://x.example/s.svg#a" /></svg>', 'mdx-element <svg>'],
    ['<math><mi>x</mi></math>', 'mdx-element <math>'],
    ['<video src="https://x.example/v.mp4" />', 'mdx-element <video>'],
    ['<img src="./a.jpg" alt="" />', 'mdx-element <img>'],
    ['<input name="p" />', 'mdx-element <input>'],
    ['<pagefind-modal />', 'mdx-element <pagefind-modal>'],
    ['<span style="color:red">x</span>', 'mdx-attribute <span style>'],
    ['<a href="https://x.example/" ping="https://x.example/log">x</a>', 'mdx-attribute <a ping>'],
    ['<span srcset="a.png 1x, javascript:alert(1) 2x">x</span>', 'mdx-attribute <span srcset>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'unsafe-url <a href>'],
    ['<a href="  JaVaScRiPt:alert(1)">x</a>', 'unsafe-url <a href>'],
    ['<blockquote cite="javascript:alert(1)">x</blockquote>', 'unsafe-url <blockquote cite>'],
    ['<Claim id="x" style="color:red">x</Claim>', 'mdx-attribute <Claim style>'],
    ['[x][r]\n\n[r]: java&#x73;cript:alert(1)', 'unsafe-url link'],
    ['![x](https://x.example/p.gif)', 'remote-image image'],
    ['![x](//x.example/p.gif)', 'remote-image image'],
    ['![x][p]\n\n[p]: https://x.example/p.gif', 'remote-image image'],
    ['![x](data:image/png;base64,AAAA)', 'remote-image image'],
    ['![x](./missing.jpg)', 'image-path image'],
    ['![x](../../../src/secret.jpg)', 'image-path image'],
    ['![x](./x.mdx)', 'image-path image'],
  ])('refuses %s', (body, expected) => {
    expect(rules(body)).toContain(expected);
  });

  it('explains how to publish an image instead of <img>', () => {
    expect(check('<img src="./a.jpg" alt="" />')[0]?.hint).toContain('![description](./photo.jpg)');
  });

  it('allows text markup, external links and local images', () => {
    const body = [
      'A <abbr title="Federal Penitentiary Service">FSIN</abbr> <a href="https://example.org/" rel="external" target="_blank">link</a>.',
      '',
      '<blockquote cite="https://example.org/q">Quoted <em>words</em>.</blockquote>',
      '',
      '<table><thead><tr><th scope="col">Year</th></tr></thead><tbody><tr><td>2023</td></tr></tbody></table>',
      '',
      '![A colony gate](./fixture-gate.jpg)',
      '',
      '![Another view][gate]',
      '',
      '[gate]: fixture-gate.jpg',
      '',
      '<time datetime="2024-06">June 2024</time> <span aria-label="x" class="y">z</span>',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('tells remote resources from local ones', () => {
    expect(isRemoteResource('https://x.example/a.png')).toBe(true);
    expect(isRemoteResource('//x.example/a.png')).toBe(true);
    expect(isRemoteResource('\\\\x.example/a.png')).toBe(true);
    expect(isRemoteResource('./a.png')).toBe(false);
    expect(isRemoteResource('../images/a.png')).toBe(false);
  });
});

describe('no false alarms', () => {
  it('reads a colon in plain text attributes as text, not as a URL scheme', () => {
    expect(check('<abbr title="Note: the figure is disputed">FSIN</abbr>')).toEqual([]);
  });
});
