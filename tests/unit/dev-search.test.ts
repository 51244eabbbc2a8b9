import { describe, expect, it } from 'vitest';
import { missingIndexModule, pagefindContentType, pagefindFile, SEARCH_NEEDS_BUILD } from '../../src/lib/search/dev-index.ts';

describe('dev search paths', () => {
  it('maps requests under the base path to files in the index', () => {
    expect(pagefindFile('/pagefind/pagefind.js', '/')).toBe('pagefind.js');
    expect(pagefindFile('/investigations/pagefind/fragment/en_1.pf_fragment?v=2', '/investigations/')).toBe('fragment/en_1.pf_fragment');
    expect(pagefindFile('/investigations/pagefind/pagefind.js', '/investigations')).toBe('pagefind.js');
  });
  it('ignores other paths and refuses to leave the index folder', () => {
    expect(pagefindFile('/pagefind/pagefind.js', '/investigations/')).toBeNull();
    expect(pagefindFile('/claims/', '/')).toBeNull();
    expect(pagefindFile('/pagefind/../../package.json', '/')).toBeNull();
    expect(pagefindFile('/pagefind/%2e%2e/package.json', '/')).toBeNull();
    expect(pagefindFile('/pagefind/', '/')).toBeNull();
  });
  it('names content types and fails imports with the message', async () => {
    expect(pagefindContentType('pagefind.js')).toContain('javascript');
    expect(pagefindContentType('wasm.en.pagefind')).toBe('application/octet-stream');
    await expect(import(`data:text/javascript,${encodeURIComponent(missingIndexModule())}`)).rejects.toThrow(SEARCH_NEEDS_BUILD);
  });
});
