/**
 * What a deployment sends, checked on the built fixture sites: the <meta> CSP of every page,
 * the generated _headers, the committed deploy/nginx.conf, external links, and images.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { HEADER_ONLY_DIRECTIVES, headerCsp, parseCsp, securityHeaders } from '../../src/config/security.ts';
import { renderNginxConfig } from '../../src/lib/deploy/headers.ts';
import { filesUnder, htmlFiles } from '../support/html.ts';
import { metaCsp, refsInHtml } from '../support/links.ts';
import { FIXTURE_CONTENT, ROOT, SUBPATH } from '../support/paths.ts';

const builds = [
  ['domain root', inject('rootDist'), '/'],
  ['subpath', inject('subpathDist'), SUBPATH],
] as const;

const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');

describe.each(builds)('security policy at the %s', (_, dist, base) => {
  const pages = htmlFiles(dist);

  it('puts the same policy as the header in every page, minus what a <meta> cannot carry', () => {
    const header = parseCsp(headerCsp());
    for (const name of Object.keys(HEADER_ONLY_DIRECTIVES)) header.delete(name);
    for (const file of pages) {
      const meta = metaCsp(read(dist, file));
      expect(meta, file).not.toBeNull();
      expect(Object.fromEntries(parseCsp(meta!)), file).toEqual(Object.fromEntries(header));
    }
  });

  it('allows no inline code and no other origin', () => {
    const policy = headerCsp();
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:|\*/);
    const csp = parseCsp(policy);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('builds pages with no inline scripts, <style> elements or style attributes', () => {
    for (const file of pages) {
      const html = read(dist, file);
      // Only scripts the browser runs count: JSON-LD and Pagefind's result template are data.
      const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter(
        ([, attrs]) => !/\bsrc=/.test(attrs!) && !/\btype="(?!module"|text\/javascript")[^"]*"/.test(attrs!),
      );
      expect(
        inline.map((m) => m[0]),
        file,
      ).toEqual([]);
      expect(html.match(/<style\b/gi), file).toBeNull();
      expect(html.match(/<[a-z][^>]*\sstyle=/gi), file).toBeNull();
    }
  });

  it('writes _headers with the policy, under the base path', () => {
    const headers = read(dist, '_headers');
    const blocks = new Map<string, Record<string, string>>(
      headers
        .split(/\n(?=\S)/)
        .filter((b) => !b.startsWith('#'))
        .map((b) => {
          const [path, ...lines] = b.trim().split('\n');
          return [
            path!,
            Object.fromEntries(
              lines.map(
                (l) =>
                  l
                    .trim()
                    .split(/:\s(.*)/s)
                    .slice(0, 2) as [string, string],
              ),
            ),
          ] as const;
        }),
    );
    expect(blocks.get(`${base}*`)).toEqual(securityHeaders());
    expect(blocks.get(`${base}_astro/*`)).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(blocks.get(`${base}pagefind/*`)?.['Cache-Control']).toContain('must-revalidate');
    expect(blocks.get(`${base}*`)!['Referrer-Policy']).toBe('no-referrer');
  });

  it('gives every link to another site rel="noopener noreferrer", in reports and components alike', () => {
    let external = 0;
    for (const file of pages) {
      for (const ref of refsInHtml(read(dist, file)).filter((r) => r.tag === 'a' && /^(https?:)?\/\//i.test(r.url))) {
        external++;
        const rel = (ref.attrs.rel ?? '').split(/\s+/);
        expect(rel, `${file}: ${ref.url}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
    expect(external).toBeGreaterThan(0);
    // The Markdown link in the fixture report specifically.
    expect(read(dist, 'reports/fixture-lakeside-report/index.html')).toMatch(
      /<a href="https:\/\/example\.org\/lakeside-colony" rel="noopener noreferrer external">original<\/a>/,
    );
  });
});

describe('deploy/nginx.conf', () => {
  it('is the generated server block for the domain root (npm run deploy:nginx)', () => {
    const committed = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
    expect(committed).toBe(renderNginxConfig({ base: '/', root: '/var/www/colony', serverName: 'example.org', listen: '80' }));
  });
});

describe('report images', () => {
  const dist = inject('rootDist');
  const source = join(FIXTURE_CONTENT, 'reports/fixture-gate.jpg');
  const secrets = ['FixtureCam', 'Leaky 9000', 'SERIAL-0042', 'Fixture Photographer'];

  it('starts from a photo that carries camera make, serial number and GPS position', async () => {
    const { exif } = await sharp(source).metadata();
    expect(exif).toBeDefined();
    for (const s of secrets) expect(exif!.includes(s)).toBe(true);
    // Tag 0x8825 (GPSInfo) in a little-endian TIFF header.
    expect(exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);
  });

  it('publishes it re-encoded, with no EXIF, GPS, XMP or camera strings left anywhere in dist/', async () => {
    const html = read(dist, 'reports/fixture-second-report/index.html');
    const img = refsInHtml(html).find((r) => r.tag === 'img');
    expect(img?.url).toMatch(/^\/_astro\/fixture-gate\.[^/]+\.webp$/);
    expect(img?.attrs.alt).toBe('The gate of the lakeside colony');
    const output = join(dist, img!.url);
    const meta = await sharp(output).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    for (const file of filesUnder(dist)) {
      const bytes = readFileSync(join(dist, file));
      for (const s of secrets) expect(bytes.includes(s), `${file} contains ${s}`).toBe(false);
      if (/\.(jpe?g|png|webp|avif)$/.test(file)) expect(bytes.includes('Exif\0\0'), `${file} has an EXIF block`).toBe(false);
    }
  });
});
