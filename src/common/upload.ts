import { DomainError } from './domain-error';

/** The part of a multer file we use; keeps controllers free of multer's types. */
export interface UploadedBytes {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** Rejects a missing or empty upload with a message that says what to send. */
export function requireUpload(file: UploadedBytes | undefined, field = 'file'): UploadedBytes {
  if (!file) {
    throw new DomainError('INVALID_INPUT', `No file received: send the document as multipart/form-data in a field named '${field}'.`);
  }
  if (file.size === 0) throw new DomainError('EMPTY_FILE', `The uploaded file '${file.originalname}' is empty.`);
  return file;
}

/** Swagger body for a single-file upload with optional text fields. */
export function uploadSchema(extra: Record<string, { type: string; description?: string; enum?: string[] }> = {}) {
  return {
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, ...extra },
    },
  };
}
