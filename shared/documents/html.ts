// HTML for printed documents, escaped by default. Everything a document prints (a client's name,
// an intake answer, a physician's practice) was typed by someone, so every interpolation in an
// `html` template is escaped unless it is itself markup built by `html` or explicitly `raw()`.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text that is safe in element content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Markup known to be safe: made by `html` (which escaped its parts) or marked with `raw()`.
 * `html` trusts only real instances (instanceof), so a look-alike object is escaped like text.
 * (A TS `private`, not a `#field`: the security scanner's parser cannot read `#` fields in the bundle.)
 */
export class SafeHtml {
  constructor(private readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** Trusted markup that must not be escaped (our own fixed fragments only, never user text). */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<p>${name}</p>`: interpolations are escaped; arrays are joined; null/undefined/false print nothing. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}
