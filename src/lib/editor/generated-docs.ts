/**
 * The status vocabulary and the rule catalogue in CONTRIBUTING.md are generated from
 * src/lib/text/labels.ts (with src/schema/status.ts) and src/lib/content/catalogue.ts, so the guide cannot drift from the
 * schema or the check; `npm run schemas` rewrites them between the markers.
 */
import { RULE_GROUPS } from '../content/catalogue.ts';
import { CLAIMANT_KIND_LIST, STATUS_LIST, STATUSES } from '../text/labels.ts';

const STATUS_SECTION_START = '<!-- statuses:start — generated from src/lib/text/labels.ts and src/schema/status.ts by `npm run schemas`; edit there -->';
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
    'Every rule `npm run check` and the build enforce, by the id each problem carries (`rule` in `--json`), with the bad',
    'fixture under tests/fixtures/bad/ that breaks it (src/lib/content/catalogue.ts):',
    ...RULE_GROUPS.flatMap((g) => [
      '',
      `${g.title} (${g.source}):`,
      '',
      ...g.rules.map((r) => `- \`${r.id}\`${r.fixture ? ` (fixture \`${r.fixture}\`)` : ''}: ${r.statement}`),
    ]),
  ].join('\n');
}

/** `text` with the generated section between the markers replaced by the current one. */
export function withStatusSection(text: string): string {
  const start = text.indexOf(STATUS_SECTION_START);
  const end = text.indexOf(STATUS_SECTION_END);
  if (start < 0 || end < start) throw new Error(`expected the markers ${STATUS_SECTION_START} … ${STATUS_SECTION_END}`);
  return `${text.slice(0, start + STATUS_SECTION_START.length)}\n${statusSection()}\n${text.slice(end)}`;
}
