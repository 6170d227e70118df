/** Languages the matcher understands. Statutes in other languages are stored and parsed but not matched. */
export const MATCHING_LANGUAGES = ['en', 'fr', 'es'] as const;
export type MatchingLanguage = (typeof MATCHING_LANGUAGES)[number];

export function isMatchingLanguage(value: string | undefined | null): value is MatchingLanguage {
  return !!value && (MATCHING_LANGUAGES as readonly string[]).includes(value);
}
