/**
 * Adapter over the country libraries: ISO 3166-1 names in English, French and Spanish from
 * i18n-iso-countries, the continent from countries-list. Nothing else imports them.
 */
import * as isoCountries from 'i18n-iso-countries';
import { continents, countries } from 'countries-list';

export interface CountryNames {
  en: string;
  fr: string;
  es: string;
}

/** The ISO names of a code, or null when it is not an ISO 3166-1 country (e.g. a user-assigned XA). */
export function isoNames(code: string): CountryNames | null {
  const c = code.toUpperCase();
  if (!isoCountries.isValid(c)) return null;
  const name = (lang: string) => isoCountries.getName(c, lang) ?? isoCountries.getName(c, 'en') ?? c;
  return { en: name('en'), fr: name('fr'), es: name('es') };
}

export function isIsoCountry(code: string): boolean {
  return isoCountries.isValid(code.toUpperCase());
}

/** The continent of an ISO code (e.g. `Europe`), or null. */
export function isoRegion(code: string): string | null {
  const data = (countries as Record<string, { continent: keyof typeof continents }>)[code.toUpperCase()];
  return data ? continents[data.continent] : null;
}
