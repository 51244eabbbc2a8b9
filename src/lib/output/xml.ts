/** Text for XML and HTML that we write as strings (the sitemap, social cards, the data page's sum rows): the five characters markup reads, escaped. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
