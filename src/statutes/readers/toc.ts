/**
 * Drops a printed table of contents ("ARRANGEMENT OF SECTIONS", "TABLE OF CONTENTS", "CONTENTS",
 * "SOMMAIRE", "ÍNDICE"): its entries repeat every section heading and would read as provisions.
 * The list runs from its title to the first line that is not an entry, once the body has begun
 * (the first long block of text).
 */
const TOC_TITLE = /^(?:arrangement of (?:sections|clauses|regulations|rules|articles)|table of contents|contents|sommaire|table des matières|índice|indice)\.?$/i;
const ENTRY = /^(?:\d{1,4}[A-Z]{0,3}\s?(?:[.—–-]|\s)|(?:part|chapter|title|division|schedule|section|sec\.|article|art\.|chapitre|titre|capítulo|anexo|annexe|first|second|third)\b|[IVXLC]{1,6}[.—–\s])/i;

export function isTocEntry(line: string): boolean {
  return ENTRY.test(line) && line.length <= 160;
}

export function dropTableOfContents(lines: string[]): string[] {
  const start = lines.findIndex((l, i) => i < Math.max(40, lines.length * 0.3) && TOC_TITLE.test(l.trim()));
  if (start < 0) return lines;
  // The body begins at the first long block; walk back over the lines before it that are not entries
  // (the Act's title, its number, dates of assent) to find where the list ended.
  let body = lines.findIndex((l, i) => i > start && l.length > 200);
  if (body < 0) return lines;
  let end = body;
  while (end - 1 > start && !isTocEntry(lines[end - 1])) end--;
  const region = lines.slice(start + 1, end);
  const entries = region.filter(isTocEntry).length;
  if (entries < 3 || entries < region.length * 0.6) return lines;
  body = end;
  return [...lines.slice(0, start), ...lines.slice(body)];
}
