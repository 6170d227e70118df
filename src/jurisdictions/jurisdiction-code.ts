import { DomainError } from '../common/domain-error';

/** A jurisdiction code as stored: two letters, upper case (ISO 3166-1 alpha-2, or a user-assigned code such as XA). */
export function normaliseJurisdiction(code: string): string {
  const c = (code ?? '').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) {
    throw new DomainError('INVALID_INPUT', `'${code}' is not a jurisdiction code: use the two-letter ISO 3166-1 alpha-2 code, e.g. KE, PH, FR.`);
  }
  return c;
}
