import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, DomainErrorCode } from './domain-error';
import { isConcurrencyFault } from './retry-on-conflict';

/** The one place where domain error codes become HTTP status codes. */
const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  UNSUPPORTED_FORMAT: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  MALFORMED_FILE: HttpStatus.UNPROCESSABLE_ENTITY,
  EMPTY_FILE: HttpStatus.BAD_REQUEST,
  FILE_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  INPUT_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  TOO_DEEP: HttpStatus.UNPROCESSABLE_ENTITY,
  UNSAFE_XML: HttpStatus.UNPROCESSABLE_ENTITY,
  NO_PROVISIONS_FOUND: HttpStatus.UNPROCESSABLE_ENTITY,
  NO_TEXT_LAYER: HttpStatus.UNPROCESSABLE_ENTITY,
  METADATA_ONLY: HttpStatus.UNPROCESSABLE_ENTITY,
  UNSUPPORTED_LANGUAGE: HttpStatus.UNPROCESSABLE_ENTITY,
  INVALID_TREATY_TEXT: HttpStatus.UNPROCESSABLE_ENTITY,
  INVALID_INPUT: HttpStatus.BAD_REQUEST,
  INSTRUMENT_NOT_PROFILED: HttpStatus.UNPROCESSABLE_ENTITY,
  INSTRUMENT_NOT_FOUND: HttpStatus.NOT_FOUND,
  ARTICLE_NOT_FOUND: HttpStatus.NOT_FOUND,
  JURISDICTION_NOT_FOUND: HttpStatus.NOT_FOUND,
  STATUTE_NOT_FOUND: HttpStatus.NOT_FOUND,
  PROVISION_NOT_FOUND: HttpStatus.NOT_FOUND,
  ANALYSIS_NOT_FOUND: HttpStatus.NOT_FOUND,
  MAPPING_NOT_FOUND: HttpStatus.NOT_FOUND,
  KEY_NOT_FOUND: HttpStatus.NOT_FOUND,
  JOB_NOT_FOUND: HttpStatus.NOT_FOUND,
  EDIT_CONFLICT: HttpStatus.CONFLICT,
  ALREADY_EXISTS: HttpStatus.CONFLICT,
  VERSION_CONFLICT: HttpStatus.CONFLICT,
  INVALID_MODEL: HttpStatus.INTERNAL_SERVER_ERROR,
  PDF_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * Codes for faults Nest raises itself, so that the same kind of fault has the same code wherever it
 * comes from: a bad parameter (ParseIntPipe, multer's "unexpected field") is INVALID_INPUT like a bad DTO field.
 */
const HTTP_CODES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'INVALID_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHORIZED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
};

/**
 * Two requests racing to create the same row (a new jurisdiction, title or version) or a database
 * held by another process: the client may retry, so it is a 409 or 503, never a 500.
 */
function concurrencyFault(exception: unknown): ErrorBody | undefined {
  if (!isConcurrencyFault(exception)) return undefined;
  const code = String((exception as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (exception as { code?: string }).code);
  if (code.startsWith('SQLITE_BUSY')) {
    return { statusCode: 503, error: 'DATABASE_BUSY', message: 'The database is busy with another writer; send the request again in a moment.' };
  }
  return { statusCode: 409, error: 'CONCURRENT_WRITE', message: 'Another request wrote the same record at the same time; send the request again.' };
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

/** Every error leaves the API in one shape: `{ statusCode, error, message, details? }`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly maxUploadBytes?: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception, this.maxUploadBytes);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(body.statusCode).json(body);
  }
}

export function toErrorBody(exception: unknown, maxUploadBytes?: number): ErrorBody {
  const limit = maxUploadBytes ? ` (${maxUploadBytes} bytes, MAX_UPLOAD_BYTES)` : ' (MAX_UPLOAD_BYTES)';
  if (exception instanceof DomainError) {
    return { statusCode: STATUS_BY_CODE[exception.code] ?? 400, error: exception.code, message: exception.message, details: exception.details };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
      return { statusCode: status, error: 'FILE_TOO_LARGE', message: `The upload is larger than this server accepts${limit}; split the document or raise the limit.` };
    }
    const response = exception.getResponse();
    const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
    const error = HTTP_CODES[status] ?? ((typeof response === 'object' && (response as { error?: string }).error) || HttpStatus[status] || 'ERROR');
    return { statusCode: status, error: String(error).toUpperCase().replace(/\s+/g, '_'), message };
  }
  const race = concurrencyFault(exception);
  if (race) return race;
  // multer and body-parser errors carry their own status
  const e = exception as { status?: number; statusCode?: number; code?: string; message?: string };
  if (e && (e.code === 'LIMIT_FILE_SIZE' || e.status === 413 || e.statusCode === 413)) {
    return { statusCode: 413, error: 'FILE_TOO_LARGE', message: `The upload is larger than this server accepts${limit}.` };
  }
  return { statusCode: 500, error: 'INTERNAL_ERROR', message: 'Internal error; the server log has the details.' };
}
