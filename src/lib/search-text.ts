/**
 * The built HTML is minified: "<dt>Claimant</dt><dd>Ilsabet Granmoor</dd>" has no space
 * between the cells, and Pagefind 1.6 does not treat dt/dd (and a few others) as separate
 * blocks, so it would index the word "ClaimantIlsabet". A space before each closing tag of
 * these elements keeps their words apart in the index; the pages themselves are unchanged.
 */
const BLOCKS_PAGEFIND_JOINS = ['dt', 'dd', 'th', 'td', 'caption', 'figcaption', 'summary', 'legend', 'blockquote'];
const CLOSING = new RegExp(`</(${BLOCKS_PAGEFIND_JOINS.join('|')})>`, 'gi');

export function separateBlockText(html: string): string {
  return html.replace(CLOSING, ' </$1>');
}
