/**
 * Social preview images (og:image) for reports and claims, drawn at build time as SVG and
 * rendered to PNG by sharp (src/integrations/social-cards.ts): no third-party service, no font
 * fetched (the system's DejaVu faces).
 */
import sharp from 'sharp';
import { escapeXml } from './xml.ts';
import { isPublished } from '../../schema/index.ts';
import { paths } from '../routing/routes.ts';
import { STATUS_LIST } from '../text/labels.ts';
import { SITE_NAME } from '../../config/site.ts';
import { translationId } from '../content/rules/cross-record/translation.ts';

export interface SocialCard {
  /** "Report" or "Claim". */
  kind: string;
  title: string;
  /** A claim's status, as text with its symbol ("● Reported"); none for a report. */
  status?: string | undefined;
  siteName: string;
}

/**
 * sharp's PNG options for every card: plain RGB, without the alpha channel an SVG is drawn
 * with, at zlib's default level. A card is drawn for every report in every build, and the
 * 16-colour palette it had took 23 ms a card against 11 ms (13 KB against 46 KB): at the
 * benchmark's thousand reports, 12 s of CPU on a two-core machine whose cores the rendering
 * threads already keep busy. Only link previews fetch a card, once.
 */
const CARD_PNG = { compressionLevel: 6 } as const;

/** A card and the site path (without the base) of its PNG. */
export interface CardFile {
  path: string;
  card: SocialCard;
}

/**
 * Every card the site links to: one per published report, with its title (a translation's page
 * shows its English report's card), and one per status, which every claim of that status
 * shares. A card per claim cost about 20 ms and 68 KB each, which at the benchmark's 20,000
 * claims would add minutes to the build and a gigabyte to dist/.
 */
export function socialCardFiles(reports: readonly { id: string; data: { title: string; draft?: boolean } }[]): CardFile[] {
  return [
    ...reports
      .filter((r) => isPublished(r) && translationId(r.id) === null)
      .map((r) => ({ path: paths.socialImage('reports', r.id), card: { kind: 'Report', title: r.data.title, siteName: SITE_NAME } })),
    ...STATUS_LIST.map((s) => ({
      path: paths.socialImage('status', s.id),
      card: { kind: 'Claim', title: s.definition, status: `${s.symbol} ${s.label}`, siteName: SITE_NAME },
    })),
  ];
}

let drawing: Promise<unknown> = Promise.resolve();

/**
 * The card as PNG. Cards are drawn one at a time, in the order asked for, so that drawing
 * them takes one core at most: the build draws them in a process of its own while Astro
 * renders pages on the other (src/integrations/social-cards.ts).
 */
export function drawCard(card: SocialCard): Promise<Buffer> {
  const png = drawing.then(() =>
    sharp(Buffer.from(socialCardSvg(card)))
      .removeAlpha()
      .png(CARD_PNG)
      .toBuffer(),
  );
  drawing = png.catch(() => undefined);
  return png;
}

const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;

/**
 * Words into lines of at most `perLine` characters, at most `maxLines` lines; the last line
 * ends in an ellipsis when words are left over. A word longer than a line is cut.
 */
export function wrapLines(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.length > perLine ? `${words[i]!.slice(0, perLine - 1)}…` : words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1]!;
      lines[maxLines - 1] = `${last.length + 1 > perLine ? last.slice(0, perLine - 1).replace(/\s+\S*$/, '') : last}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The card as SVG: the kind and site name small, the title large, a claim's status beneath. */
export function socialCardSvg(card: SocialCard): string {
  const long = card.title.length > 90;
  const size = long ? 44 : 56;
  // DejaVu Serif Bold runs about 0.62 em a character: lines fit the 1,040 px between the margins.
  const lines = wrapLines(card.title, Math.floor(1040 / (size * 0.62)), card.status ? 6 : 7);
  const lineHeight = Math.round(size * 1.22);
  const top = 190;
  const title = lines.map((l, i) => `<tspan x="80" y="${top + i * lineHeight}">${escapeXml(l)}</tspan>`).join('');
  const status = card.status
    ? `<text x="80" y="${CARD_HEIGHT - 60}" font-family="DejaVu Sans" font-size="34" font-weight="bold" fill="#1a4a8a">${escapeXml(card.status)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="#fbfaf6"/>` +
    `<rect width="100%" height="12" fill="#8a1c1c"/>` +
    `<text x="80" y="100" font-family="DejaVu Sans" font-size="28" fill="#55524b" letter-spacing="3">${escapeXml(`${card.kind.toUpperCase()} · ${card.siteName}`)}</text>` +
    `<text font-family="DejaVu Serif" font-size="${size}" font-weight="bold" fill="#1b1a17">${title}</text>` +
    status +
    `</svg>`
  );
}
