/**
 * A tiny HTML builder with escaping by default. Statute text is untrusted (headings, citations,
 * titles, evidence quotes can hold anything), so every value interpolated into `html` is escaped
 * unless it is already `SafeHtml`: a fragment we built with `html` ourselves, or a constant passed
 * through `raw()` on purpose. There is one escaping function, `escapeHtml`, and nothing else.
 */

/** Markup we vouch for. Only `html` and `raw` make it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an element body or a quoted attribute value. NUL and other C0 controls (except
 * tab and line breaks) become U+FFFD: the HTML parser would reject or drop them anyway.
 */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/[&<>"']/g, (c) => ENTITIES[c])
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

/** Our own trusted markup (CSS, fixed fragments). Never pass text that came from a statute or a request. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

/**
 * What an interpolated value becomes: SafeHtml as is, arrays item by item, null/undefined/false
 * as nothing (so `${cond && html`...`}` works), anything else escaped.
 */
function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/** Tagged template: the literal parts are ours, every `${value}` is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Joins fragments with a separator (itself escaped unless SafeHtml). */
export function joinHtml(items: unknown[], separator: unknown = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(items.map(render).join(sep));
}
