/**
 * Errors of the domain, typed by code. Core functions throw these; the HTTP layer maps codes to
 * status codes in one place (src/common/domain-error.filter.ts), the CLI prints the message.
 */
export type DomainErrorCode =
  // input that cannot be read or understood (4xx)
  | 'UNSUPPORTED_FORMAT'
  | 'MALFORMED_FILE'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  // a reading budget (nesting depth, expanded size, elements, lines) exceeded while reading
  | 'INPUT_TOO_LARGE'
  | 'TOO_DEEP'
  | 'UNSAFE_XML'
  | 'NO_PROVISIONS_FOUND'
  | 'NO_TEXT_LAYER'
  | 'METADATA_ONLY'
  | 'UNSUPPORTED_LANGUAGE'
  | 'INVALID_TREATY_TEXT'
  | 'INVALID_INPUT'
  // the instrument has no article profiles: national law cannot be matched against it
  | 'INSTRUMENT_NOT_PROFILED'
  // a statute nested deeper than any law is (a provision tree past MAX_PROVISION_DEPTH levels)
  // things that do not exist
  | 'INSTRUMENT_NOT_FOUND'
  | 'ARTICLE_NOT_FOUND'
  | 'JURISDICTION_NOT_FOUND'
  | 'STATUTE_NOT_FOUND'
  | 'PROVISION_NOT_FOUND'
  | 'ANALYSIS_NOT_FOUND'
  | 'MAPPING_NOT_FOUND'
  | 'KEY_NOT_FOUND'
  | 'JOB_NOT_FOUND'
  // conflicts
  | 'EDIT_CONFLICT'
  | 'ALREADY_EXISTS'
  // a decision made on a version of a mapping that someone else has changed since
  | 'VERSION_CONFLICT'
  // a tool the server relies on is not there (chromium for PDF)
  | 'PDF_UNAVAILABLE'
  // the model shipped in data/ is wrong: a bug of ours, not the user's
  | 'INVALID_MODEL';

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
