/** Reading built pages without a browser. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function page(dist: string, path: string): string {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return readFileSync(file, 'utf8');
}

export function exists(dist: string, path: string): boolean {
  return existsSync(join(dist, path.replace(/^\//, '')));
}

/** Every file under dist, as site paths ("/claims/x/index.html", "/_astro/a.jpg"): the tests' one folder walk. */
export function filesUnder(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/')}`)
    .sort();
}

/** Every .html file under dist, as site paths. */
export function htmlFiles(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.endsWith('.html'));
}

/** Values of an attribute on every element of a page, e.g. all hrefs. */
export function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));
}
