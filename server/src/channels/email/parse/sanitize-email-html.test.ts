import { describe, expect, it } from 'vitest';
import { listCorpusFiles, readCorpusFile } from '../test-support/corpora';
import { parseEmail } from './parse-email';
import { sanitizeEmailHtml } from './sanitize-email-html';
import type { SanitizeEmailHtmlOptions } from './sanitize-email-html';

const KNOWN_CIDS = new Set(['logo@acme.test', 'icon.png']);
const OPTIONS: SanitizeEmailHtmlOptions = {
  cidUrl: (contentId) =>
    KNOWN_CIDS.has(contentId) ? `/api/attachments/by-cid/${encodeURIComponent(contentId)}` : null,
  allowRemoteImages: false,
};

const clean = (html: string, options: Partial<SanitizeEmailHtmlOptions> = {}): string =>
  sanitizeEmailHtml(html, { ...OPTIONS, ...options }).html;

/** Things that must never survive sanitizing, whatever the input. */
function expectNothingDangerous(html: string): void {
  expect(html).not.toMatch(/<\s*(?:script|style|iframe|object|embed|form|input|link|meta|base|svg|math)\b/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(?:javascript|vbscript)\s*:/i);
  expect(html).not.toMatch(/\ssrc="(?:https?:)?\/\//i);
  expect(html).not.toMatch(/url\s*\(|expression\s*\(/i);
}

describe('sanitizeEmailHtml: scripts and handlers', () => {
  it('removes script and style blocks with their content, and every on* handler', () => {
    const html = clean(
      '<p onclick="steal()" onmouseover="x()">Hola</p><script>alert(1)</script><style>body{display:none}</style><img src="x" onerror="alert(1)">',
    );
    expect(html).toBe('<p>Hola</p><img />');
  });

  it('removes iframes, objects, embeds, forms, inputs, meta refresh and base', () => {
    const html = clean(
      '<iframe src="https://evil.test"></iframe><object data="x.swf"></object><embed src="x.swf"><form action="https://evil.test"><input name="password"><button>Enviar</button></form><meta http-equiv="refresh" content="0;url=https://evil.test"><base href="https://evil.test/">ok',
    );
    expectNothingDangerous(html);
    expect(html).toBe('Enviarok');
  });
});

describe('sanitizeEmailHtml: links', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '/api/tickets/1/close',
    '//evil.test/path',
  ])('drops href %j', (href) => {
    expect(clean(`<a href="${href}">x</a>`)).toBe(
      '<a target="_blank" rel="noopener noreferrer nofollow">x</a>',
    );
  });

  it.each([
    'https://acme.test/pedido?id=1&amp;x=2',
    'http://acme.test',
    'mailto:ventas@acme.test',
    'tel:+5491122223333',
  ])('keeps href %j and opens it safely', (href) => {
    expect(clean(`<a href="${href}" target="_self" rel="opener">x</a>`)).toBe(
      `<a href="${href}" target="_blank" rel="noopener noreferrer nofollow">x</a>`,
    );
  });
});

describe('sanitizeEmailHtml: images', () => {
  it('blocks remote images, keeping the URL for "show images", and counts them', () => {
    const result = sanitizeEmailHtml(
      '<img src="https://tracker.test/open.gif" width="1" height="1"><img src="HTTP://cdn.test/a.png" alt="A"><img src="//cdn.test/b.png">',
      OPTIONS,
    );
    expect(result.blockedRemoteImages).toBe(3);
    expect(result.html).toBe(
      '<img data-remote-src="https://tracker.test/open.gif" width="1" height="1" /><img data-remote-src="HTTP://cdn.test/a.png" alt="A" /><img data-remote-src="https://cdn.test/b.png" />',
    );
  });

  it('loads remote images when allowed', () => {
    const result = sanitizeEmailHtml('<img src="https://cdn.test/a.png">', {
      ...OPTIONS,
      allowRemoteImages: true,
    });
    expect(result).toEqual({ html: '<img src="https://cdn.test/a.png" />', blockedRemoteImages: 0 });
  });

  it('rewrites cid: images through cidUrl, whatever their spelling, and drops unknown ones', () => {
    const seen: string[] = [];
    const html = clean(
      '<img src="cid:logo@acme.test" alt="Logo"><img src="CID:%3Clogo@acme.test%3E"><img src="cid:missing@acme.test" alt="?">',
      {
        cidUrl: (contentId) => {
          seen.push(contentId);
          return OPTIONS.cidUrl(contentId);
        },
      },
    );
    expect(seen).toEqual(['logo@acme.test', 'logo@acme.test', 'missing@acme.test']);
    expect(html).toBe(
      '<img src="/api/attachments/by-cid/logo%40acme.test" alt="Logo" /><img src="/api/attachments/by-cid/logo%40acme.test" /><img alt="?" />',
    );
  });

  it('keeps raster data: images but not SVG or other data: URLs', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=">')).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=" />',
    );
    expect(clean('<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">')).toBe('<img />');
    expect(clean('<img src="data:text/html,<script>alert(1)</script>">')).toBe('<img />');
  });

  it('drops relative image URLs, which would make the browser call our own API', () => {
    expect(clean('<img src="/api/tickets/1/delete"><img src="logo.png">')).toBe('<img /><img />');
  });

  it('ignores a data-remote-src smuggled in by the sender', () => {
    expect(clean('<img data-remote-src="javascript:alert(1)" src="cid:missing">')).toBe('<img />');
  });
});

describe('sanitizeEmailHtml: styles', () => {
  it('keeps presentational properties and drops everything that fetches, runs or positions', () => {
    const html = clean(
      '<div style="color:#333;background-color:rgb(255,255,255);text-align:center;font-weight:bold;font-style:italic;text-decoration:underline;border:1px solid #ccc;padding:4px 8px;margin:0 auto;width:100%;background-image:url(https://t.test/p.gif);position:fixed;top:0;width:expression(alert(1));behavior:url(x.htc);margin-left:-900px">x</div>',
    );
    expect(html).toBe(
      '<div style="color:#333;background-color:rgb(255,255,255);text-align:center;font-weight:bold;font-style:italic;text-decoration:underline;border:1px solid #ccc;padding:4px 8px;margin:0 auto;width:100%">x</div>',
    );
  });

  it('drops CSS escapes that could spell a function', () => {
    expect(clean('<p style="color: r\\65 d; background-color: u\\72l(x)">x</p>')).toBe('<p>x</p>');
  });
});

describe('sanitizeEmailHtml: real layouts', () => {
  const newsletter = `<!DOCTYPE html>
<html><head><title>Novedades de marzo</title><meta charset="utf-8">
<style>.btn{background:url(https://t.test/bg.png)}</style></head>
<body style="margin:0;padding:0;background-color:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4">
  <tr><td align="center" style="padding:20px 0">
    <table width="600" cellpadding="0" cellspacing="0" style="border-collapse:collapse;background-color:#ffffff;border:1px solid #dddddd">
      <thead><tr><th colspan="2" style="padding:16px;font-size:20px;color:#222222">Novedades de marzo</th></tr></thead>
      <tbody>
        <tr>
          <td width="200" valign="top" style="padding:10px"><img src="cid:logo@acme.test" alt="Acme" width="180"></td>
          <td valign="top" style="padding:10px;color:#555555;text-align:left">Hola <b>Ana</b>, estas son las novedades.
            <a href="https://acme.test/novedades?utm_source=mail" style="color:#0066cc;text-decoration:none">Ver más</a></td>
        </tr>
        <tr><td colspan="2" align="center" style="padding:10px"><img src="https://t.test/open.gif?u=123" width="1" height="1" alt=""></td></tr>
      </tbody>
    </table>
  </td></tr>
</table>
</body></html>`;

  it('keeps the tables, cells, alignment and colors of a newsletter', () => {
    const result = sanitizeEmailHtml(newsletter, OPTIONS);
    const count = (html: string, tag: string): number =>
      (html.match(new RegExp(`<${tag}[\\s>]`, 'gi')) ?? []).length;
    for (const tag of ['table', 'tr', 'td', 'th', 'thead', 'tbody']) {
      expect(count(result.html, tag), tag).toBe(count(newsletter, tag));
    }
    expect(result.html).toContain(
      '<table width="600" cellpadding="0" cellspacing="0" style="border-collapse:collapse;background-color:#ffffff;border:1px solid #dddddd">',
    );
    expect(result.html).toContain(
      '<td width="200" valign="top" style="padding:10px"><img src="/api/attachments/by-cid/logo%40acme.test" alt="Acme" width="180" /></td>',
    );
    expect(result.html).toContain('<th colspan="2" style="padding:16px;font-size:20px;color:#222222">');
    expect(result.html).toContain(
      '<a href="https://acme.test/novedades?utm_source=mail" style="color:#0066cc;text-decoration:none" target="_blank" rel="noopener noreferrer nofollow">Ver más</a>',
    );
    expect(result.blockedRemoteImages).toBe(1);
    expect(result.html).not.toContain('Novedades de marzo</title>');
    expect(result.html.trimStart().startsWith('<table')).toBe(true);
    expectNothingDangerous(result.html);
  });

  it('keeps the layout of the Gmail bounce and rewrites its cid icon', async () => {
    const parsed = await parseEmail(readCorpusFile('chatwoot-mail/spec/fixtures/files/bounced_gmail.eml'));
    const result = sanitizeEmailHtml(parsed.html ?? '', OPTIONS);
    expect(result.html).toContain('src="/api/attachments/by-cid/icon.png"');
    expect((result.html.match(/<table/g) ?? []).length).toBe(3);
    expect(result.html).toContain('Address not found');
    expect(result.html).toContain(
      '<a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser" target="_blank" rel="noopener noreferrer nofollow">LEARN MORE</a>',
    );
  });

  it('leaves nothing dangerous in any HTML body of the corpora', async () => {
    const files = [
      ...listCorpusFiles('chatwoot-mail', /\.eml$/),
      ...listCorpusFiles('mailparser-fixtures', /\.eml$/),
      ...listCorpusFiles('postal-mime-fixtures', /\.eml$/),
    ];
    let checked = 0;
    for (const file of files) {
      const parsed = await parseEmail(readCorpusFile(file));
      if (parsed.html === null) continue;
      const result = sanitizeEmailHtml(parsed.html, OPTIONS);
      expectNothingDangerous(result.html);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});
