/**
 * A statute's title from its title block: the line that names the instrument ("… Act, 2018",
 * "Loi n° 2008-11 du …", "Republic Act No. 10175", "BỘ LUẬT HÌNH SỰ"), not a gazette header,
 * an issuing body ("QUỐC HỘI") or OCR noise that happens to come first. Drafting shapes of titles,
 * not names of any country's laws.
 */

/** The name ends on the instrument's word, with its year or number after it: "Computer Misuse Act 1990". */
const ENDS_WITH_INSTRUMENT =
  /\b(?:act|code|law|by-law|ordinance|decree|proclamation|statute)\b[\s,]*(?:(?:of\s+)?(?:1[89]|20)\d\d)?(?:\s*\([^)]{1,30}\))?\.?$/iu;
/** Opens with the instrument's word: "Loi n° …", "Ley 1273 de 2009", "Code pénal", "Bộ luật …" (not "Luật số:", a number line). */
const OPENS_WITH_INSTRUMENT = /^(?:loi|ley|law|code|c[óo]digo|d[ée]cret|decreto|b[ộo]\s+lu[ậa]t|lu[ậa]t(?!\s+s[ốo](?!\p{L})))(?=[\s,]|$)/iu;
/** The number of an act: "Republic Act No. 10175", "Act No. 5 of 2018", "Ley núm. 21.459". */
const ACT_NUMBER = /\b(?:act|law|loi|ley)\s+(?:no\.?|n[°ºo]\.?|n[úu]m\.?|number)\s*[\d./-]+(?:\s+(?:of|de|du)\s+\S.{0,40})?$/iu;

/** Symbols no title prints; OCR noise is full of them ("-1•101,01AN COIJINICIL FOR OltY11,1G"). */
const NOISE_CHAR = /[•■□▪●�|~^_=<>{}*#@$%\\]/u;
/** A long title ("An Act to provide for …") describes the act; its name is elsewhere in the block. */
const LONG_TITLE = /^an\s+act\s+(?:to|for|of|relating|respecting|defining|providing)\b/i;

function isClean(line: string): boolean {
  if (line.length < 3 || line.length > 160 || NOISE_CHAR.test(line)) return false;
  const tokens = line.split(/\s+/).filter(Boolean);
  // Letters run into digits inside a word ("OltY11", "1,1G") only in OCR noise and law numbers.
  const mixed = tokens.filter((t) => /\p{Ll}\d|\d\p{Ll}/u.test(t)).length;
  const words = tokens.filter((t) => /^[^\p{L}\d]*[\p{L}\p{M}'’-]{2,}[^\p{L}\d]*$/u.test(t)).length;
  return mixed <= 1 && words >= tokens.length / 2;
}

export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (!isClean(t) || LONG_TITLE.test(t)) return false;
  return ENDS_WITH_INSTRUMENT.test(t) || OPENS_WITH_INSTRUMENT.test(t) || ACT_NUMBER.test(t);
}

const SECTION_LINE = /^(?:(?:section|sec\.|article|art\.|artículo|điều|§)\s*)?\d{1,4}[A-Za-z]{0,3}\s?[.)°º:-]/iu;

/** A heading printed over two lines: "THE COMPUTER MISUSE AND CYBERCRIMES" / "ACT, 2018"; "BỘ LUẬT" / "HÌNH SỰ". */
function joinable(a: string, b: string): boolean {
  return !/\p{Ll}/u.test(a) && !/\p{Ll}/u.test(b) && a.length <= 80 && b.length <= 60;
}

/**
 * The title block's name line among the first `window` lines (before the first numbered
 * provision), joined with the next line when the heading wraps; undefined when there is none.
 */
export function findTitle(lines: string[], window = 60): string | undefined {
  const end = Math.min(lines.length, window);
  for (let i = 0; i < end; i++) {
    const line = lines[i].trim();
    if (SECTION_LINE.test(line)) break;
    const next = lines[i + 1]?.trim();
    // Join a wrapped heading; also when the first line is the instrument's word alone ("BỘ LUẬT", "ACT").
    const bare = line.split(/\s+/).length <= 2;
    if ((bare || !isTitleLine(line)) && next && !SECTION_LINE.test(next) && joinable(line, next) && isTitleLine(`${line} ${next}`)) return `${line} ${next}`;
    if (isTitleLine(line)) return line;
  }
  return undefined;
}

/** The first line that is not noise (nor a provision), for files whose title block names no instrument. */
export function firstCleanLine(lines: string[], window = 20): string | undefined {
  for (const l of lines.slice(0, window)) {
    if (SECTION_LINE.test(l)) return undefined;
    if (isClean(l) && (l.match(/\p{L}{3,}/gu) ?? []).length >= 2) return l;
  }
  return undefined;
}

/**
 * The title of a file whose format carries none: the first line when it names the instrument,
 * else the title block's name line; undefined when neither is found (the caller decides).
 */
export function chooseTitle(lines: string[], window: number): string | undefined {
  if (!lines.length) return undefined;
  if (isTitleLine(lines[0]) && lines[0].split(/\s+/).length > 2) return lines[0];
  return findTitle(lines, window);
}
