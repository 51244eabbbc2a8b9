/**
 * The status vocabulary in CONTRIBUTING.md is generated from src/schema/status.ts, so the
 * guide cannot drift from the schema; `npm run schemas` rewrites it between the markers.
 */
import { CLAIMANT_KIND_LIST, STATUS_LIST, STATUSES } from '../../schema/index.ts';
import { MODEL_RULES } from '../content/model-rules.ts';

const STATUS_SECTION_START = '<!-- statuses:start — generated from src/schema/status.ts by `npm run schemas`; edit there -->';
const STATUS_SECTION_END = '<!-- statuses:end -->';

export function statusSection(): string {
  const rows = STATUS_LIST.map((s) => `| \`${s.id}\` | ${s.symbol} ${s.label} | ${s.definition} | ${s.verdict ? 'yes' : 'no'} |`);
  return [
    '| status | badge | use it when | verdict on truth? |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...STATUS_LIST.map((s) => `- **${s.label}** (\`${s.id}\`): ${s.explanation}`),
    '',
    'Every claimant has a `kind`; the kind decides which statuses the claim may take (the check refuses any other):',
    '',
    '| claimant `kind` | who | statuses it may take | why |',
    '| --- | --- | --- | --- |',
    ...CLAIMANT_KIND_LIST.map(
      (k) =>
        `| \`${k.id}\` | ${k.definition} | ${k.statuses.length ? k.statuses.map((s) => `\`${STATUSES[s].id}\``).join(', ') : 'none: write a finding (content/findings)'} | ${k.why} |`,
    ),
    '',
    'Model rules (src/lib/content/model-rules.ts; each has a bad fixture under tests/fixtures/bad/):',
    '',
    ...MODEL_RULES.map((r) => `- \`${r.id}\` (fixture \`${r.fixture}\`): ${r.rule}`),
  ].join('\n');
}

/** `text` with the generated section between the markers replaced by the current one. */
export function withStatusSection(text: string): string {
  const start = text.indexOf(STATUS_SECTION_START);
  const end = text.indexOf(STATUS_SECTION_END);
  if (start < 0 || end < start) throw new Error(`expected the markers ${STATUS_SECTION_START} … ${STATUS_SECTION_END}`);
  return `${text.slice(0, start + STATUS_SECTION_START.length)}\n${statusSection()}\n${text.slice(end)}`;
}
