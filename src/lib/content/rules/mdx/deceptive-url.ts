import type { RuleInfo } from '../../../../schema/index.ts';
import { isMixedScriptHost } from '../../../../schema/fields.ts';

export const deceptiveUrl: RuleInfo = {
  id: 'deceptive-url',
  statement: 'Links do not mislead: no user name in the address, no host mixing scripts to look like another.',
  fixture: 'mdx-deceptive-link',
};

/** Why an absolute link would mislead a reader (user@host, a host mixing scripts), or null. */
export function deceptiveUrlReason(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!/^(?:https?:)?[/\\]{2}/i.test(compact)) return null;
  let parsed: URL;
  try {
    parsed = new URL(compact, 'https://colony.invalid/');
  } catch {
    return `expected a valid web address, found "${url.slice(0, 60)}"`;
  }
  if (parsed.username || parsed.password) return `expected a link without user name or password, found "${url.slice(0, 60)}": it makes one site look like another`;
  if (isMixedScriptHost(parsed.hostname)) return `expected a link to a host in one script, found "${url.slice(0, 60)}", which mixes scripts to look like another address`;
  return null;
}
