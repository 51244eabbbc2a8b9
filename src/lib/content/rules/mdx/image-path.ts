import type { RuleInfo } from '../../../../schema/index.ts';

export const imagePath: RuleInfo = {
  id: 'image-path',
  statement: 'An image is a .jpg, .png, .webp or .avif file next to the report, written ./name.jpg.',
  fixture: 'image-bad-percent',
};
