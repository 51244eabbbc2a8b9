/**
 * The URL field of a source is hostile input: whatever an editor writes there is either a
 * normalised http(s) address or a refusal with a message, never an exception that would stop
 * `npm run check` and the build without naming the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../src/schema/fields.ts';

/** Forms that must be refused, each with the words its message must contain. */
const HOSTILE: Array<[string, string]> = [
  ['//evil.example/x', 'http'],
  ['///evil.example/x', 'http'],
  ['\\\\evil.example\\x', 'http'],
  ['/relative/path', 'http'],
  ['evil.example/x', 'http'],
  ['http://', 'http'],
  ['https://', 'http'],
  ['https:', 'http'],
  ['https:/x', 'http'],
  ['http:evil.example', 'http'],
  ['https:\\\\evil.example', 'http'],
  ['javascript:alert(1)', 'http'],
  ['JaVaScRiPt:alert(1)', 'http'],
  [' javascript:alert(1)', 'http'],
  ['data:text/html,<script>alert(1)</script>', 'http'],
  ['vbscript:msgbox(1)', 'http'],
  ['file:///etc/passwd', 'http'],
  ['ftp://example.org/x', 'http'],
  ['blob:https://example.org/uuid', 'http'],
  ['https://exa mple.org/', 'http'],
  ['https://example.org:99999/', 'http'],
  ['https://example.org:-1/', 'http'],
  ['https://[::1]/', 'domain name'],
  ['https://127.0.0.1/', 'domain name'],
  ['https://0x7f.1/', 'domain name'],
  ['https://localhost/', 'domain name'],
  ['https://example/', 'domain name'],
  ['https://bbc.com@evil.example/', 'user name'],
  ['https://user:pass@example.org/', 'user name'],
  ['https://раypal.com/', 'one script'],
  ['https://evil.example%00.org/', 'http'],
  ['https://ex\u0000ample.org/', 'http'],
  ['', 'http'],
  ['   ', 'http'],
  ['https://' + 'a'.repeat(300) + '.org/', 'http'],
];

describe('the source URL field', () => {
  it.each(HOSTILE)('refuses %j with a message, without throwing', (value, says) => {
    const result = httpUrl.safeParse(value);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message).join(' | ') ?? '';
    expect(messages).toContain(says);
  });

  it('refuses a value that is not text', () => {
    for (const value of [null, 42, {}, ['https://example.org/']]) expect(httpUrl.safeParse(value).success).toBe(false);
  });

  it('keeps an ordinary address, written the way browsers read it', () => {
    expect(httpUrl.parse('HTTPS://Example.ORG/a b?q=1#f')).toBe('https://example.org/a%20b?q=1#f');
    // Escapes and empty credentials are written out as the browser would go: the page links
    // the address a reader actually reaches.
    expect(httpUrl.parse('https://%65vil.example/')).toBe('https://evil.example/');
    expect(httpUrl.parse('https://:@example.org/')).toBe('https://example.org/');
  });

  it('never throws, whatever the text', () => {
    const schemes = fc.constantFrom('', 'http:', 'https:', 'HTTP:', 'javascript:', '//', 'https://', 'https:///', 'https:\\\\');
    fc.assert(
      fc.property(schemes, fc.string({ unit: 'binary', maxLength: 40 }), (scheme, rest) => {
        expect(() => httpUrl.safeParse(scheme + rest)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
