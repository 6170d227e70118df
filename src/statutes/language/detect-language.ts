/**
 * Guesses the language of a law from its text: stop-word profiles for the languages we are
 * likely to meet, letters peculiar to a language (Vietnamese ư ơ đ, Spanish ñ, Portuguese ã),
 * and the script for non-Latin text. Returns an ISO 639-1 code, or 'und' when unsure.
 * Only en, fr and es are matched downstream; the others are recognised so they are not
 * mistaken for one of those.
 */

const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'or', 'any', 'shall', 'be', 'by', 'for', 'this', 'that', 'which', 'person', 'under', 'with', 'an'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'à', 'un', 'une', 'est', 'en', 'par', 'au', 'aux', 'pour', 'dans', 'sur', 'qui', 'ou'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'por', 'un', 'una', 'se', 'con', 'para', 'al', 'o', 'será', 'su', 'lo'],
  pt: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'em', 'que', 'por', 'um', 'uma', 'para', 'com', 'não', 'ao', 'no'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'e', 'che', 'per', 'un', 'una', 'con', 'non', 'nel', 'dei', 'è', 'al', 'alla'],
  de: ['der', 'die', 'das', 'und', 'in', 'zu', 'den', 'von', 'mit', 'ist', 'des', 'dem', 'nicht', 'ein', 'eine', 'auf', 'für', 'oder', 'wird', 'sich'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'op', 'te', 'dat', 'die', 'voor', 'met', 'zijn', 'niet', 'aan', 'of', 'door', 'wordt', 'bij'],
  id: ['yang', 'dan', 'di', 'dengan', 'untuk', 'dalam', 'atau', 'ini', 'dari', 'pada', 'oleh', 'tidak', 'setiap', 'orang', 'sebagaimana', 'dimaksud', 'ayat', 'pasal', 'itu', 'ke'],
  sw: ['na', 'ya', 'wa', 'kwa', 'za', 'katika', 'la', 'au', 'kama', 'mtu', 'cha', 'hii', 'ambaye', 'kwamba', 'huo', 'hiyo', 'sheria', 'kifungu', 'vya', 'wowote'],
};

/** Letters that mark a language strongly when they recur. */
const MARKERS: { lang: string; re: RegExp; min: number }[] = [
  { lang: 'vi', re: /[ươđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu, min: 5 },
  { lang: 'pt', re: /[ãõ]|ção\b|ções\b/giu, min: 5 },
  { lang: 'de', re: /[ß]|\b\w+ung\b/giu, min: 8 },
];

const SCRIPTS: { lang: string; re: RegExp }[] = [
  { lang: 'ar', re: /[\u0600-\u06ff]/g },
  { lang: 'ru', re: /[\u0400-\u04ff]/g },
  { lang: 'zh', re: /[\u4e00-\u9fff]/g },
  { lang: 'ja', re: /[\u3040-\u30ff]/g },
  { lang: 'ko', re: /[\uac00-\ud7af]/g },
  { lang: 'th', re: /[\u0e00-\u0e7f]/g },
  { lang: 'el', re: /[\u0370-\u03ff]/g },
  { lang: 'he', re: /[\u0590-\u05ff]/g },
  { lang: 'hi', re: /[\u0900-\u097f]/g },
];

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 60000).normalize('NFC');
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 3) return 'und';

  // Non-Latin scripts: ja before zh because Japanese text also uses Han characters.
  let bestScript: { lang: string; n: number } | undefined;
  for (const s of SCRIPTS) {
    const n = (sample.match(s.re) ?? []).length;
    if (n / letters > 0.3 && (!bestScript || n > bestScript.n || (s.lang === 'ja' && n > 20))) bestScript = { lang: s.lang, n };
  }
  if (bestScript) return bestScript.lang;

  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const m of MARKERS) {
    const n = (sample.match(m.re) ?? []).length;
    if (m.lang === 'vi' && n >= m.min && n / Math.max(tokens.length, 1) > 0.03) return 'vi';
  }
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const scores: { lang: string; score: number }[] = Object.entries(STOP_WORDS).map(([lang, list]) => ({
    lang,
    score: list.reduce((acc, w) => acc + (counts.get(w) ?? 0), 0) / Math.max(tokens.length, 1),
  }));
  // Spanish and Portuguese share many stop words: the letters decide.
  const pt = MARKERS.find((m) => m.lang === 'pt') as (typeof MARKERS)[number];
  const ptMarks = (sample.match(pt.re) ?? []).length;
  const esMarks = (sample.match(/ñ|ción\b|ciones\b/giu) ?? []).length;
  for (const s of scores) {
    if (s.lang === 'pt' && ptMarks <= esMarks) s.score *= 0.6;
    if (s.lang === 'es' && esMarks < ptMarks) s.score *= 0.6;
  }
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < 0.08) return 'und';
  if (second && best.score - second.score < 0.01) return 'und';
  return best.lang;
}
