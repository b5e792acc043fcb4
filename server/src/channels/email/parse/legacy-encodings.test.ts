import { describe, expect, it } from 'vitest';
import { attachmentFilename, extensionForContentType } from './attachment-filename';
import { declareLegacyBodyCharset } from './declare-body-charset';
import { repairHeaderEncoding } from './repair-header-encoding';
import { decodeUtf7, isUtf7Charset } from './utf7';
import { decodeUuencodedBody, extractUuencodedFiles } from './uudecode';

describe('decodeUtf7', () => {
  it.each([
    ['Fr+APY-sche', 'Frösche'],
    ['Hi Mom -+Jjo--!', 'Hi Mom -☺-!'],
    ['+ZeVnLIqe-', '日本語'],
    ['1 +- 1 = 2', '1 + 1 = 2'],
    ['A+ImIDkQ.', 'A≢Α.'],
    ['plain ascii', 'plain ascii'],
  ])('%s → %s', (input, expected) => {
    expect(decodeUtf7(input)).toBe(expected);
  });

  it('recognizes the names UTF-7 goes by', () => {
    expect(['utf-7', 'UTF7', 'unicode-1-1-utf-7', 'x-unicode-2-0-utf-7'].every(isUtf7Charset)).toBe(true);
    expect(isUtf7Charset('utf-8')).toBe(false);
  });
});

describe('uudecode', () => {
  const block = ['begin 644 cat.txt', '#0V%T', '`', 'end'].join('\n');

  it('decodes a x-uuencode body', () => {
    expect(decodeUuencodedBody(`\r\n${block.replace(/\n/g, '\r\n')}\r\n`)).toEqual({
      filename: 'cat.txt',
      content: Buffer.from('Cat'),
    });
    expect(decodeUuencodedBody('no block here')).toBeNull();
  });

  it('lifts blocks out of text and leaves look-alike prose alone', () => {
    const result = extractUuencodedFiles(`Hola\n\n${block}\n\nChau`);
    expect(result.text).toBe('Hola\n\nChau\n');
    expect(result.files).toEqual([{ filename: 'cat.txt', content: Buffer.from('Cat') }]);

    const prose = 'begin 644 steps to follow\nfirst, open the box\nend';
    expect(extractUuencodedFiles(prose)).toEqual({ text: prose, files: [] });
  });
});

describe('repairHeaderEncoding', () => {
  it('returns clean ASCII and valid UTF-8 headers untouched (same buffer)', () => {
    const ascii = Buffer.from('Subject: hola\r\n\r\ncuerpo \xe9', 'latin1');
    const utf8 = Buffer.from('Subject: canción\r\n\r\ncuerpo', 'utf8');
    expect(repairHeaderEncoding(ascii)).toBe(ascii);
    expect(repairHeaderEncoding(utf8).toString('utf8')).toBe('Subject: canción\r\n\r\ncuerpo');
  });

  it('transcodes raw ISO-8859-1 fields, escapes 8-bit Q-words and re-encodes UTF-7 words, body untouched', () => {
    const raw = Buffer.from(
      'From: Jos\xe9 <j@x.test>\r\nSubject: =?iso-8859-1?Q?Ma\xf1ana?=\r\nTo: =?utf-7?Q?M+APw-ller?= <m@x.test>\r\n\r\nbody \xe9',
      'latin1',
    );
    const repaired = repairHeaderEncoding(raw);
    const [header, body] = [
      repaired.subarray(0, repaired.indexOf('\r\n\r\n')),
      repaired.subarray(repaired.indexOf('\r\n\r\n')),
    ];
    expect(header.toString('utf8')).toBe(
      `From: José <j@x.test>\r\nSubject: =?iso-8859-1?Q?Ma=F1ana?=\r\nTo: =?UTF-8?B?${Buffer.from('Müller').toString('base64')}?= <m@x.test>`,
    );
    expect(body.equals(Buffer.from('\r\n\r\nbody \xe9', 'latin1'))).toBe(true);
  });

  it('transcodes from the declared top-level charset when it is a legacy one', () => {
    const raw = Buffer.from(
      'Subject: \xc1\xf4\xe1\r\nContent-Type: text/plain; charset=iso-8859-7\r\n\r\nx',
      'latin1',
    );
    expect(repairHeaderEncoding(raw).toString('utf8')).toContain('Subject: Ατα');
  });
});

describe('declareLegacyBodyCharset', () => {
  it('declares windows-1252 for undeclared 8-bit single-part bodies that are not UTF-8', () => {
    const missing = Buffer.from('Subject: x\r\n\r\nOl\xe1', 'latin1');
    const noCharset = Buffer.from('Subject: x\r\nContent-Type: text/plain\r\n\r\nOl\xe1', 'latin1');
    expect(declareLegacyBodyCharset(missing).toString('latin1')).toBe(
      'Subject: x\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\nOl\xe1',
    );
    expect(declareLegacyBodyCharset(noCharset).toString('latin1')).toBe(
      'Subject: x\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\nOl\xe1',
    );
  });

  it('leaves declared, UTF-8, encoded and multipart messages alone', () => {
    const cases = [
      Buffer.from('Content-Type: text/plain; charset=iso-8859-1\r\n\r\nOl\xe1', 'latin1'),
      Buffer.from('Subject: x\r\n\r\nOlá', 'utf8'),
      Buffer.from('Content-Transfer-Encoding: base64\r\n\r\nT2zh', 'latin1'),
      Buffer.from('Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n\xe1\r\n--b--', 'latin1'),
    ];
    for (const raw of cases) expect(declareLegacyBodyCharset(raw)).toBe(raw);
  });
});

describe('attachmentFilename', () => {
  it.each([
    ['informe.pdf', 'application/pdf', 1, 'informe.pdf'],
    [undefined, 'application/pdf', 2, 'attachment-2.pdf'],
    [undefined, 'text/calendar', 1, 'attachment-1.ics'],
    [undefined, 'message/rfc822', 3, 'attachment-3.eml'],
    [undefined, 'application/x-unknown', 1, 'attachment-1.bin'],
    ['C:\\TEMP\\foto.png', 'image/png', 1, 'foto.png'],
    ['../../etc/passwd', 'text/plain', 1, 'passwd'],
    ['  ..  ', 'text/plain', 4, 'attachment-4.txt'],
    ['evil\u202Egnp.exe', 'image/png', 1, 'evilgnp.exe'],
  ])('%j (%s, #%i) → %s', (original, type, position, expected) => {
    expect(attachmentFilename(original, type, position)).toBe(expected);
  });

  it('caps long names and keeps their extension', () => {
    const name = attachmentFilename(`${'a'.repeat(300)}.pdf`, 'application/pdf', 1);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('maps content types to extensions', () => {
    expect(extensionForContentType('IMAGE/JPEG')).toBe('jpg');
    expect(extensionForContentType('nope/nope')).toBe('bin');
  });
});
