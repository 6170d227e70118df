import type { ValidationError } from 'class-validator';
import { DomainError } from './domain-error';

/** The fields at fault, with their dotted paths (`elements.0.met`) and what is wrong with each. */
function faults(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  const out: { field: string; problems: string[] }[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const problems = Object.values(e.constraints ?? {});
    if (problems.length) out.push({ field, problems });
    if (e.children?.length) out.push(...faults(e.children, field));
  }
  return out;
}

/**
 * A DTO that fails validation becomes one `INVALID_INPUT` error naming every field at fault, the same
 * code as every other bad value (the ValidationPipe's own error would say `BAD_REQUEST`).
 */
export function validationError(errors: ValidationError[]): DomainError {
  const list = faults(errors);
  const message = list.map((f) => f.problems.join('; ')).join('; ') || 'The request is not valid.';
  return new DomainError('INVALID_INPUT', message, { field: list[0]?.field, fields: list.map((f) => f.field) });
}
