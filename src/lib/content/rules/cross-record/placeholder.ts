import { checkPlaceholders, PLACEHOLDER } from '../../placeholders.ts';
import type { ContentRule } from './context.ts';

export const placeholder: ContentRule = {
  id: 'placeholder',
  statement: `A published record or report carries no "${PLACEHOLDER} …" placeholder left by npm run new: it stays a draft until written.`,
  fixture: 'placeholder-published',
  check: ({ raw }) => checkPlaceholders(raw),
};
