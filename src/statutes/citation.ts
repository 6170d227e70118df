/**
 * Citations compare after lower-casing, removing spaces, a leading Section/Article/§ word and degree
 * signs (`Artículo 1°` is article 1): the rule of the expert tables, used everywhere we look one up.
 * Dispositions compare by kind and ordinal whatever the word order: `Disposición final primera`,
 * `Primera disposición final` and the parser's `final primera` are one provision.
 */
export function normaliseCitation(citation: string): string {
  let c = citation.trim().toLowerCase().replace(/\s+/g, ' ');
  const leadingOrdinal = ORDINAL_FIRST.exec(c);
  if (leadingOrdinal) c = `${leadingOrdinal[2]} ${leadingOrdinal[1]}`;
  return c
    .replace(/\s+/g, '')
    .replace(/^(sections?|sec\.|ss?\.|articles?|arts?\.|artículos?|articulos?|disposici[oó]n(?:es)?|§+)/, '')
    .replace(/[°º]/g, '');
}

const ORDINAL_FIRST =
  /^(primera|segunda|tercera|cuarta|quinta|sexta|s[ée]ptima|octava|novena|d[ée]cima|[úu]nica)\s+disposici[oó]n\s+((?:(?:adicional|transitoria|derogatoria|final|complementaria|modificatoria)\s*){1,3})$/;
