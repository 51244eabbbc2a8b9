import type { RecordRule } from './rule.ts';

export const figureValue: RecordRule<{ value?: number | undefined; low?: number | undefined; high?: number | undefined }> = {
  id: 'figure-value',
  statement: 'A figure gives a value, or a range with both low and high, low no greater than high.',
  fixture: 'figure-without-value',
  check: (f) => [
    ...(f.value !== undefined || (f.low !== undefined && f.high !== undefined)
      ? []
      : [{ path: ['value'], message: 'expected either value, or both low and high' }]),
    ...(f.low === undefined || f.high === undefined || f.low <= f.high ? [] : [{ path: ['low'], message: 'expected low to be no greater than high' }]),
  ],
};
