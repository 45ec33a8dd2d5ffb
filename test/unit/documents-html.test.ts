// The pure parts of printed documents: escaping, dates, file names, the page shell and footer.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, safeFileName } from '../../shared/documents/format';
import { escapeHtml, html, raw, type SafeHtml } from '../../shared/documents/html';
import { footerTemplate, isEmbeddableImage, monogram, printFooterCss, renderPage, withPrintDialogFooter } from '../../shared/documents/layout';

describe('html', () => {
  it('escapes every interpolation unless it is markup made by html or raw()', () => {
    const name = '<img src=x onerror="alert(1)">';
    const out = html`<p title="${name}">${name} & ${html`<b>${'<i>'}</b>`} ${raw('<br>')}</p>`.toString();
    expect(out).toBe('<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; & <b>&lt;i&gt;</b> <br></p>');
  });

  it('joins arrays, prints numbers, and prints nothing for null, undefined and false', () => {
    expect(html`${['<a>', html`<b></b>`, 3]}|${null}|${undefined}|${false}|${0}`.toString()).toBe('&lt;a&gt;<b></b>3||||0');
  });

  it('does not take a look-alike object for safe markup', () => {
    const fake = { toString: () => '<script>x</script>' } as unknown as SafeHtml;
    expect(html`${fake}`.toString()).toBe('&lt;script&gt;x&lt;/script&gt;');
  });

  it('escapes quotes for attributes', () => {
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });
});

describe('formatting', () => {
  it('spells dates out', () => {
    expect(formatDate('2026-11-27')).toBe('27 November 2026');
    expect(formatDate('1988-03-01')).toBe('1 March 1988');
    expect(formatDate('')).toBe('');
  });

  it('prints an instant in the clinic’s time zone', () => {
    expect(formatDateTime('2026-11-27T15:00:00.000Z', 'America/New_York')).toBe('27 November 2026 at 10:00 AM EST');
    // Late evening in Los Angeles is already the next day in UTC.
    expect(formatDateTime('2026-07-02T05:30:00.000Z', 'America/Los_Angeles')).toBe('1 July 2026 at 10:30 PM PDT');
  });

  it('makes file names safe on every desktop system', () => {
    expect(safeFileName('Intake - Vance, Eleanor - 2026-11-27', 'pdf')).toBe('Intake - Vance, Eleanor - 2026-11-27.pdf');
    expect(safeFileName('Intake - </script>: a/b\\c|d?*"e" - x', 'pdf')).toBe('Intake - script a b c d e - x.pdf');
    expect(safeFileName('..\u0000..', 'pdf')).toBe('Document.pdf');
    expect(safeFileName('CON', 'pdf')).toBe('CON document.pdf');
    expect(safeFileName('x'.repeat(400), 'pdf')).toHaveLength(154);
  });
});

describe('the page', () => {
  const letterhead = {
    clinicName: 'Riverside Medical Massage',
    practitioner: { firstName: 'Maya', lastName: 'Okafor', credentials: 'LMT', licenseNumber: 'MA.0123456', npi: '1234567893' },
  };

  it('is one HTML file with a strict CSP, no scripts, the letterhead and the paper size', () => {
    const { html: page } = renderPage({ title: 'T', paper: 'a4', letterhead, documentName: 'Progress report', body: html`<p>Body</p>` });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('@page { size: A4; margin: 18mm 16mm 20mm 16mm; }');
    expect(page).toContain('Riverside Medical Massage');
    expect(page).toContain('Maya Okafor, LMT  ·  License MA.0123456  ·  NPI 1234567893');
    expect(page).toContain('>RM<');
  });

  it('embeds a logo only when it is a base64 PNG or JPEG', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(isEmbeddableImage(png)).toBe(true);
    expect(isEmbeddableImage('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    expect(isEmbeddableImage(png, ['jpeg'])).toBe(false);
    for (const bad of ['data:image/svg+xml;base64,PHN2Zz4=', 'https://example.com/logo.png', 'data:image/png;base64,"><script>', '', null]) {
      expect(isEmbeddableImage(bad)).toBe(false);
    }
    const { html: page } = renderPage({ title: 'T', paper: 'letter', letterhead: { ...letterhead, logoDataUrl: 'https://x/l.png' }, documentName: 'D', body: html`` });
    expect(page).not.toContain('https://x/l.png');
    expect(monogram('The Hands of Healing')).toBe('HH');
  });

  it('has a footer with page numbers and the escaped title, also as CSS margin boxes for the print dialog', () => {
    const footer = footerTemplate('Intake — <b>"Vance"</b>');
    expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footer).toContain('Intake — &lt;b&gt;&quot;Vance&quot;&lt;/b&gt;');
    const css = printFooterCss('Intake — "Vance" \\ x</style><script>');
    expect(css).toContain('content: "Intake — \\22 Vance\\22  \\5c  x\\3c /style\\3e \\3c script\\3e "');
    expect(css).toContain('counter(page) " of " counter(pages)');
    const { html: page } = renderPage({ title: '</style>', paper: 'letter', letterhead, documentName: 'D', body: html`` });
    const printable = withPrintDialogFooter(page, '</style><script>alert(1)</script>');
    expect(printable).not.toMatch(/<script/i);
    expect(printable.match(/<\/style>/g)).toHaveLength(2);
  });
});
