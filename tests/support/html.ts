/** Reading built pages without a browser. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function page(dist: string, path: string): string {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return readFileSync(file, 'utf8');
}

export function exists(dist: string, path: string): boolean {
  return existsSync(join(dist, path.replace(/^\//, '')));
}

/** Every .html file under dist, as site paths ("/claims/x/index.html"). */
export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(`/${relative(dist, path).split('\\').join('/')}`);
    }
  };
  walk(dist);
  return out.sort();
}

/** Values of an attribute on every element of a page, e.g. all hrefs. */
export function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));
}
