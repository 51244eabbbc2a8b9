/**
 * Search in `npm run dev`: Pagefind indexes built HTML, so the dev server has no index of its
 * own. It serves the last build's index (dist/pagefind) under the base path, or, without one,
 * a pagefind.js whose import fails with SEARCH_NEEDS_BUILD, which the search page can show.
 */
import { joinBase } from '../routing/url.ts';

export const SEARCH_NEEDS_BUILD =
  'Search needs a build: run `npm run build` (or `npm start`), then reload. The development server searches the last build’s index.';

/** The file inside the index folder that a request asks for, or null when it is not a Pagefind request or leaves the folder. */
export function pagefindFile(requestUrl: string, base: string): string | null {
  const prefix = joinBase(base, 'pagefind/');
  const pathname = requestUrl.split(/[?#]/, 1)[0]!;
  if (!pathname.startsWith(prefix)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  if (!rel || rel.split(/[/\\]/).some((part) => part === '..' || part === '') || rel.includes('\0')) return null;
  return rel;
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  wasm: 'application/wasm',
};

export function pagefindContentType(file: string): string {
  return TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** A module whose import rejects with the message, for a dev server without a built index. */
export function missingIndexModule(): string {
  return `throw new Error(${JSON.stringify(SEARCH_NEEDS_BUILD)});\n`;
}
