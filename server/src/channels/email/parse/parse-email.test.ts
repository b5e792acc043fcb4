import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EmailParseError, parseEmail, SYNTHETIC_MESSAGE_ID_DOMAIN } from './parse-email';

const CRLF = '\r\n';

/** Builds a raw message from header lines and a body. */
function eml(headers: readonly string[], body = 'Hello'): Buffer {
  return Buffer.from([...headers, '', body].join(CRLF), 'utf8');
}

/** Same, for bytes that are not UTF-8 (legacy charsets). */
function emlLatin1(headers: readonly string[], body: string): Buffer {
  return Buffer.from([...headers, '', body].join(CRLF), 'latin1');
}

const BASE = ['From: Ana <ana@example.com>', 'To: support@acme.test', 'Subject: Hola'];

describe('parseEmail: identifiers', () => {
  it('normalizes Message-ID, In-Reply-To and References', async () => {
    const parsed = await parseEmail(
      eml([
        ...BASE,
        'Message-ID:  < abc.123@mail.example.com >',
        "In-Reply-To: <first@x.test>, <second@x.test> (Ana's message of Monday)",
        'References: <root@x.test>',
        ' <mid@x.test> <first@x.test>',
        'References: <mid@x.test> <last@x.test>',
      ]),
    );
    expect(parsed.messageId).toBe('abc.123@mail.example.com');
    expect(parsed.messageIdSynthetic).toBe(false);
    expect(parsed.inReplyTo).toEqual(['first@x.test', 'second@x.test']);
    expect(parsed.references).toEqual(['root@x.test', 'mid@x.test', 'first@x.test', 'last@x.test']);
  });

  it('accepts ids without angle brackets', async () => {
    const parsed = await parseEmail(eml([...BASE, 'Message-ID: bare@x.test', 'In-Reply-To: parent@x.test']));
    expect(parsed.messageId).toBe('bare@x.test');
    expect(parsed.inReplyTo).toEqual(['parent@x.test']);
  });

  it('derives a deterministic synthetic Message-ID from the raw bytes when it is missing', async () => {
    const raw = eml(BASE, 'no id here');
    const first = await parseEmail(raw);
    const second = await parseEmail(Buffer.from(raw));
    const other = await parseEmail(eml(BASE, 'no id here either'));
    const digest = createHash('sha256').update(raw).digest('hex');
    expect(first.messageIdSynthetic).toBe(true);
    expect(first.messageId).toBe(`${digest}@${SYNTHETIC_MESSAGE_ID_DOMAIN}`);
    expect(second.messageId).toBe(first.messageId);
    expect(other.messageId).not.toBe(first.messageId);
  });
});

describe('parseEmail: headers', () => {
  it('decodes RFC 2047 subjects and names and lowercases addresses', async () => {
    const parsed = await parseEmail(
      eml([
        'From: =?UTF-8?Q?Jos=C3=A9_Mar=C3=ADa?= <Jose.Maria@Example.COM>',
        'To: =?ISO-8859-1?Q?Jo=E3o?= <JOAO@example.com.br>, Team: a@x.test, B <b@x.test>;',
        'Cc: c@x.test',
        'Reply-To: Replies <replies@x.test>',
        'Subject: =?UTF-8?B?wr9Ew7NuZGUgZXN0w6EgbWkgcGVkaWRvPw==?=',
      ]),
    );
    expect(parsed.from).toEqual({ address: 'jose.maria@example.com', name: 'José María' });
    expect(parsed.to).toEqual([
      { address: 'joao@example.com.br', name: 'João' },
      { address: 'a@x.test', name: '' },
      { address: 'b@x.test', name: 'B' },
    ]);
    expect(parsed.cc).toEqual([{ address: 'c@x.test', name: '' }]);
    expect(parsed.replyTo).toEqual([{ address: 'replies@x.test', name: 'Replies' }]);
    expect(parsed.subject).toBe('¿Dónde está mi pedido?');
  });

  it('decodes raw ISO-8859-1 headers, 8-bit Q-words and UTF-7 words that mailparser misreads', async () => {
    const raw = emlLatin1(
      [
        'From: "Jürgen Müller" <j@x.test>',
        'To: =?utf-7?Q?Heinz_M+APw-ller?= <h@x.test>',
        'Subject: =?iso-8859-1?Q?Ma=F1ana_y_pr\xf3ximo?=',
      ],
      'cuerpo',
    );
    const parsed = await parseEmail(raw);
    expect(parsed.from?.name).toBe('Jürgen Müller');
    expect(parsed.to[0]?.name).toBe('Heinz Müller');
    expect(parsed.subject).toBe('Mañana y próximo');
  });

  it('keeps missing values empty instead of inventing them', async () => {
    const parsed = await parseEmail(eml(['X-Nothing: here'], 'body'));
    expect(parsed.subject).toBe('');
    expect(parsed.from).toBeNull();
    expect(parsed.to).toEqual([]);
    expect(parsed.date).toBeNull();
    expect(parsed.inReplyTo).toEqual([]);
  });

  it('reads the Date header and returns null (not "now") for an unreadable one', async () => {
    const good = await parseEmail(eml([...BASE, 'Date: Mon,  1 Jan 2024 03:27:12 -0500 (EST)']));
    const bad = await parseEmail(eml([...BASE, 'Date: el lunes por la tarde']));
    expect(good.date?.toISOString()).toBe('2024-01-01T08:27:12.000Z');
    expect(bad.date).toBeNull();
  });

  it('exposes the raw headers classification needs', async () => {
    const parsed = await parseEmail(
      eml([
        ...BASE,
        'Return-Path: <>',
        'Auto-Submitted: auto-replied',
        'X-Autoreply: yes',
        'X-Autorespond: yes',
        'Precedence: bulk',
        'X-Auto-Response-Suppress: All',
        'List-Id: "Clientes" <clientes.acme.test>',
        'List-Unsubscribe: <mailto:leave@acme.test>',
        'X-Failed-Recipients: gone@x.test',
        'X-Loop: support@acme.test',
        'Delivered-To: reply+abc123@acme.test',
        'X-Original-To: Support@Acme.test',
      ]),
    );
    expect(parsed.headers).toEqual({
      autoSubmitted: 'auto-replied',
      xAutoreply: 'yes',
      xAutorespond: 'yes',
      precedence: 'bulk',
      xAutoResponseSuppress: 'All',
      listId: '"Clientes" <clientes.acme.test>',
      listUnsubscribe: '<mailto:leave@acme.test>',
      returnPath: '<>',
      contentType: null,
      xFailedRecipients: 'gone@x.test',
      xLoop: 'support@acme.test',
    });
    expect(parsed.deliveredTo).toEqual(['reply+abc123@acme.test', 'support@acme.test']);
  });
});

describe('parseEmail: bodies', () => {
  it('derives text from HTML-only mail and keeps the raw HTML', async () => {
    const html = '<html><body><p>Hola <b>equipo</b>,</p><p>necesito ayuda &amp; rápido.</p></body></html>';
    const parsed = await parseEmail(eml([...BASE, 'Content-Type: text/html; charset=utf-8'], html));
    expect(parsed.html).toBe(html);
    expect(parsed.textFromHtml).toBe(true);
    expect(parsed.text).toContain('Hola equipo,');
    expect(parsed.text).toContain('necesito ayuda & rápido.');
  });

  it('does not mark real text parts as derived', async () => {
    const parsed = await parseEmail(eml([...BASE, 'Content-Type: text/plain; charset=utf-8'], 'Olá'));
    expect(parsed.text).toBe('Olá');
    expect(parsed.textFromHtml).toBe(false);
    expect(parsed.html).toBeNull();
  });

  it('reads undeclared 8-bit bodies as windows-1252 instead of producing U+FFFD', async () => {
    const parsed = await parseEmail(emlLatin1(BASE, 'Informaci\xf3n del env\xedo: \x80 20'));
    expect(parsed.text).toBe('Información del envío: € 20');
  });

  it('decodes UTF-7 plain-text bodies', async () => {
    const parsed = await parseEmail(
      eml([...BASE, 'Content-Type: text/plain; charset=utf-7'], 'Fr+APY-sche +- 1'),
    );
    expect(parsed.text).toBe('Frösche + 1');
  });

  it('turns uuencoded files pasted into the text into attachments', async () => {
    const content = Buffer.from('Factura 2024-001\nTotal: 100 EUR\n');
    const parsed = await parseEmail(
      eml(BASE, `Adjunto la factura.\r\n\r\n${uuencode('factura.txt', content)}\r\nSaludos`),
    );
    expect(parsed.text).toBe('Adjunto la factura.\n\nSaludos\n');
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({
      filename: 'factura.txt',
      contentType: 'text/plain',
      size: content.length,
    });
    expect(parsed.attachments[0]?.content.equals(content)).toBe(true);
  });
});

describe('parseEmail: attachments', () => {
  const boundary = 'BOUNDARY';
  const part = (headers: readonly string[], body: string): string =>
    [`--${boundary}`, ...headers, '', body].join(CRLF);
  const multipart = (parts: readonly string[], type = 'multipart/mixed'): Buffer =>
    eml(
      [...BASE, 'MIME-Version: 1.0', `Content-Type: ${type}; boundary="${boundary}"`],
      [...parts, `--${boundary}--`, ''].join(CRLF),
    );
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

  it('keeps forwarded messages and calendar invitations whole, as attachments', async () => {
    const forwarded = [
      'From: Bob <bob@x.test>',
      'Subject: Pedido 77',
      '',
      'Texto del mensaje reenviado',
    ].join(CRLF);
    const calendar = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'END:VCALENDAR'].join(CRLF);
    const parsed = await parseEmail(
      multipart([
        part(['Content-Type: text/plain; charset=utf-8'], 'Mira esto'),
        part(['Content-Type: message/rfc822', 'Content-Disposition: inline'], forwarded),
        part(['Content-Type: text/calendar; method=REQUEST; charset=utf-8'], calendar),
      ]),
    );
    expect(parsed.text).toBe('Mira esto');
    expect(parsed.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['attachment-1.eml', 'message/rfc822'],
      ['attachment-2.ics', 'text/calendar'],
    ]);
    expect(parsed.attachments[0]?.content.toString()).toContain('Texto del mensaje reenviado');
    expect(parsed.attachments[1]?.content.toString()).toContain('METHOD:REQUEST');
  });

  it('names unnamed parts, strips directories and marks only cid-referenced parts inline', async () => {
    const base64 = png.toString('base64');
    const parsed = await parseEmail(
      multipart(
        [
          part(['Content-Type: text/html; charset=utf-8'], '<p>Logo: <img src="cid:logo@acme"></p>'),
          part(
            ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-ID: <logo@acme>'],
            base64,
          ),
          part(
            [
              'Content-Type: image/png',
              'Content-Transfer-Encoding: base64',
              'Content-ID: <unused@acme>',
              'Content-Disposition: inline; filename="C:\\\\fotos\\\\foto.png"',
            ],
            base64,
          ),
          part(
            [
              'Content-Type: application/octet-stream',
              'Content-Transfer-Encoding: base64',
              'Content-Disposition: attachment; filename="../../etc/passwd"',
            ],
            base64,
          ),
        ],
        'multipart/related',
      ),
    );
    expect(
      parsed.attachments.map((attachment) => [attachment.filename, attachment.inline, attachment.contentId]),
    ).toEqual([
      ['attachment-1.png', true, 'logo@acme'],
      ['foto.png', false, 'unused@acme'],
      ['passwd', false, null],
    ]);
    const logo = parsed.attachments[0];
    expect(logo?.content.equals(png)).toBe(true);
    expect(logo?.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    expect(logo?.size).toBe(png.length);
    expect(parsed.html).toContain('src="cid:logo@acme"');
  });

  it('flags delivery-status reports and keeps the report part', async () => {
    const parsed = await parseEmail(
      multipart(
        [
          part(['Content-Type: text/plain'], 'Your message could not be delivered.'),
          part(
            ['Content-Type: message/delivery-status'],
            'Final-Recipient: rfc822; gone@x.test\r\nAction: failed\r\nStatus: 5.1.1',
          ),
        ],
        'multipart/report; report-type=delivery-status',
      ),
    );
    expect(parsed.isDeliveryStatusReport).toBe(true);
    expect(parsed.reportType).toBe('delivery-status');
    expect(parsed.attachments.map((attachment) => attachment.contentType)).toEqual([
      'message/delivery-status',
    ]);
    expect(parsed.text).toBe('Your message could not be delivered.');
  });

  it('does not flag ordinary multipart mail as a report', async () => {
    const parsed = await parseEmail(multipart([part(['Content-Type: text/plain'], 'Hola')]));
    expect(parsed.isDeliveryStatusReport).toBe(false);
    expect(parsed.reportType).toBeNull();
  });
});

describe('parseEmail: unreadable input', () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    ['whitespace only', Buffer.from(' \r\n\r\n\t ')],
    ['NUL bytes', Buffer.alloc(64)],
  ])('rejects %s input with EmailParseError(empty)', async (_label, raw) => {
    const error = await parseEmail(raw).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailParseError);
    expect((error as EmailParseError).code).toBe('empty');
  });

  it('parses a body without headers, and rejects text that is neither headers nor body', async () => {
    const headless = await parseEmail(Buffer.from('\r\njust a body'));
    expect(headless.text).toBe('just a body');
    expect(headless.from).toBeNull();
    expect(headless.messageIdSynthetic).toBe(true);

    const error = await parseEmail(Buffer.from('just some words\nwithout any header')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EmailParseError);
    expect((error as EmailParseError).code).toBe('unreadable');
  });

  it('rejects messages beyond the structural limits with limits_exceeded', async () => {
    const parts = Array.from({ length: 3000 }, () => '--b\r\nContent-Type: text/plain\r\n\r\nx\r\n').join('');
    const raw = Buffer.from(`Content-Type: multipart/mixed; boundary=b\r\n\r\n${parts}--b--\r\n`);
    const error = await parseEmail(raw).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailParseError);
    expect((error as EmailParseError).code).toBe('limits_exceeded');
    expect((error as EmailParseError).message).toMatch(/child nodes/);
  });

  it('never throws anything but EmailParseError for garbage', async () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round += 1) {
      const bytes = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 4000) }, () => Math.floor(random() * 256)),
      );
      try {
        const parsed = await parseEmail(bytes);
        expect(parsed.messageId).not.toBe('');
      } catch (error) {
        expect(error).toBeInstanceOf(EmailParseError);
      }
    }
  });
});

/** Minimal uuencoder for the tests (the format Outlook and Netscape used). */
function uuencode(filename: string, content: Buffer): string {
  const char = (value: number): string => (value === 0 ? '`' : String.fromCharCode(value + 32));
  const lines = [`begin 644 ${filename}`];
  for (let offset = 0; offset < content.length; offset += 45) {
    const chunk = content.subarray(offset, offset + 45);
    let line = char(chunk.length);
    for (let index = 0; index < chunk.length; index += 3) {
      const [a = 0, b = 0, c = 0] = [chunk[index], chunk[index + 1], chunk[index + 2]];
      line +=
        char(a >> 2) + char(((a & 3) << 4) | (b >> 4)) + char(((b & 15) << 2) | (c >> 6)) + char(c & 63);
    }
    lines.push(line);
  }
  lines.push('`', 'end');
  return lines.join(CRLF);
}
