import type { RuleInfo } from '../../../../schema/index.ts';
import { closeSync, openSync, readSync } from 'node:fs';

export const imageFormat: RuleInfo = {
  id: 'image-format',
  statement: 'An image file is the image its name says.',
  fixture: 'image-not-an-image',
};

/** True when the file starts as a JPEG, PNG, WebP or AVIF image does. */
export function isImageFile(path: string): boolean {
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  const ascii = (from: number, to: number) => head.toString('latin1', from, to);
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    ascii(0, 8) === '\x89PNG\r\n\x1a\n' ||
    (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ||
    (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12)))
  );
}
