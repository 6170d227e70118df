/**
 * Citations compare after lower-casing, removing spaces, a leading Section/Article/§ word and degree
 * signs (`Artículo 1°` is article 1): the rule of the expert tables, used everywhere we look one up.
 */
export function normaliseCitation(citation: string): string {
  return citation
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(sections?|sec\.|ss?\.|articles?|arts?\.|artículos?|articulos?|§+)/, '')
    .replace(/[°º]/g, '');
}
