import type { RuleInfo } from '../../../../schema/index.ts';

export const unsafeUrl: RuleInfo = {
  id: 'unsafe-url',
  statement: 'Links are http(s), mailto or relative: no javascript:, data: or other schemes.',
  fixture: 'javascript-link',
};

/** Attributes that hold a URL, whichever element carries them. */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'cite', 'background', 'data', 'ping']);
/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEME = /^(?:https?:|mailto:)/i;
export const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;


export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return HAS_SCHEME.test(compact) && !SAFE_SCHEME.test(compact);
}
