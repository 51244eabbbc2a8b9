import type { ClaimFields } from './claim-fields.ts';
import type { RecordRule } from './rule.ts';

/** A translated claim with an English unit would print "не менее 2 000 prisoners": half a sentence in each language. */
export const russianFigureWords: RecordRule<ClaimFields> = {
  id: 'russian-figure-words',
  statement: "A claim translated into Russian (ru.statement) that gives a figure gives the figure's unit, and its method if it has one, in Russian too.",
  fixture: 'russian-figure-without-unit',
  check: (c) => {
    if (!c.figure || !c.ru?.statement) return [];
    return [
      ...(c.ru.unit
        ? []
        : [{ path: ['ru', 'unit'], at: ['ru'], message: 'expected ru.unit, the figure\'s unit in Russian (e.g. "заключённых"), beside ru.statement' }]),
      ...(c.figure.method && !c.ru.method
        ? [{ path: ['ru', 'method'], at: ['ru'], message: "expected ru.method, the figure's method in Russian, beside ru.statement" }]
        : []),
    ];
  },
};
