import type { RuleInfo } from '../../../../schema/index.ts';
import { HAS_SCHEME } from './unsafe-url.ts';

export const remoteImage: RuleInfo = {
  id: 'remote-image',
  statement: 'Images are local files next to the report, never fetched from another site (that would tell it who reads the report).',
  fixture: 'mdx-remote-image',
};

/**
 * True for an image URL that would be fetched from another site (absolute or
 * protocol-relative): that request would tell a third party who is reading the report.
 */
export function isRemoteResource(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return HAS_SCHEME.test(compact) || /^[/\\]{2}/.test(compact);
}
