/** Asks in a terminal for what the flags left out; refuses, naming the flags, when nothing can be asked. */
import { createInterface } from 'node:readline/promises';
import { CLAIMANT_KIND_IDS, ENTITY_KINDS, IDENTIFICATIONS, SOURCE_KINDS, STATUS_IDS } from '../../src/schema/index.ts';
import { UsageError, USAGE, type Kind } from './cli.ts';

interface Field {
  flag: string;
  question: string;
  required?: boolean | ((values: Record<string, unknown>) => boolean);
  choices?: readonly string[];
  list?: boolean;
  /** Shown in the prompt; an empty answer keeps it. */
  fallback?: string;
}

const FIELDS: Record<Kind, Field[]> = {
  report: [
    { flag: 'title', question: 'Title', required: true },
    { flag: 'sources', question: 'Source ids, comma-separated', required: true, list: true },
    { flag: 'summary', question: 'Summary (one or two sentences)', fallback: 'a placeholder' },
    { flag: 'status', question: 'Verification status', choices: STATUS_IDS, fallback: 'reported' },
    { flag: 'basis', question: 'Why this status', fallback: 'a placeholder' },
    { flag: 'claims', question: 'Claim ids to list with it, comma-separated', list: true, fallback: 'none' },
  ],
  source: [
    { flag: 'outlet', question: 'Outlet (publisher)', required: true },
    { flag: 'title', question: 'Title, as published', required: true },
    { flag: 'published', question: 'Published (YYYY, YYYY-MM, YYYY-MM-DD or "undated")', required: true },
    { flag: 'kind', question: 'Kind', required: true, choices: SOURCE_KINDS },
    { flag: 'url', question: 'URL', fallback: 'none' },
    { flag: 'language', question: 'Language code', fallback: 'en' },
    { flag: 'derived-from', question: 'Source id it copies (for a republication, excerpt, translation or rewrite)', fallback: 'none' },
  ],
  claim: [
    { flag: 'statement', question: 'Statement, in our neutral words', required: true },
    { flag: 'source', question: 'Source ids, comma-separated', required: true, list: true },
    { flag: 'status', question: 'Status', required: true, choices: STATUS_IDS },
    { flag: 'claimant', question: 'Who made the claim, as published', fallback: 'the outlet of the first source' },
    // Only the default claimant (the outlet) is known to be an institution.
    {
      flag: 'identification',
      question: 'How the claimant is identified',
      choices: IDENTIFICATIONS,
      required: (v) => v.claimant !== undefined,
      fallback: 'institution',
    },
    {
      flag: 'kind',
      question: 'Who the claimant is (decides "claimed" or "reported")',
      choices: CLAIMANT_KIND_IDS,
      required: (v) => v.claimant !== undefined,
      fallback: 'outlet',
    },
    {
      flag: 'identity-note',
      question: 'Who changed the name, and why if known (e.g. "Name changed by CNN")',
      required: (v) => v.identification === 'changed-name',
    },
    { flag: 'date', question: 'Date of the claim (YYYY, YYYY-MM or YYYY-MM-DD)', fallback: 'when the first source was published' },
    { flag: 'basis', question: 'Why this status', fallback: 'a placeholder (keeps it a draft)' },
  ],
  entity: [
    { flag: 'name', question: 'Name, in the English form the site uses', required: true },
    { flag: 'kind', question: 'Kind', required: true, choices: ENTITY_KINDS },
    { flag: 'description', question: 'Who or what it is, in one line of our own words', required: true },
    { flag: 'source', question: 'Source ids that establish who or what it is, comma-separated', required: true, list: true },
    { flag: 'alias', question: 'Another spelling, e.g. the Cyrillic (more with --alias)', list: true, fallback: 'none' },
  ],
};

export async function ask(kind: Kind, values: Record<string, unknown>, interactive: boolean): Promise<void> {
  const has = (f: Field) => values[f.flag] !== undefined && !(Array.isArray(values[f.flag]) && (values[f.flag] as unknown[]).length === 0);
  const isRequired = (f: Field) => (typeof f.required === 'function' ? f.required(values) : f.required === true);
  const missing = FIELDS[kind].filter((f) => isRequired(f) && !has(f));
  if (!interactive) {
    if (missing.length) {
      throw new UsageError(
        `missing ${missing.map((f) => `--${f.flag}`).join(', ')} for a ${kind}; stdin is not a terminal, so nothing can be asked.\n\n${USAGE}`,
      );
    }
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const field of FIELDS[kind]) {
      if (has(field)) continue;
      const choices = field.choices ? ` [${field.choices.join(', ')}]` : '';
      const fallback = field.fallback && !isRequired(field) ? ` (Enter: ${field.fallback})` : '';
      for (;;) {
        const answer = (await rl.question(`${field.question}${choices}${fallback}: `)).trim();
        if (!answer) {
          if (isRequired(field)) continue;
          break;
        }
        if (field.choices && !field.choices.includes(answer)) {
          process.stdout.write(`  expected one of: ${field.choices.join(', ')}\n`);
          continue;
        }
        values[field.flag] = field.list ? [answer] : answer;
        break;
      }
    }
  } finally {
    rl.close();
  }
}
