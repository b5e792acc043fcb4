import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../test-support/corpora';
import { parseEmail } from '../parse/parse-email';
import {
  candidateMessageIds,
  extractReplyToken,
  extractSubjectTicketNumber,
  normalizeSubject,
} from './thread-keys';

describe('normalizeSubject', () => {
  it.each([
    ['Re: Pedido 1234', 'Pedido 1234'],
    ['RE: RE: Pedido', 'Pedido'],
    ['Fwd: Re: Pedido', 'Pedido'],
    ['FW: Factura', 'Factura'],
    ['Fw: Factura', 'Factura'],
    // Spanish (Outlook: RE / RV, some clients: Reenviar / REENV)
    ['RV: Factura de marzo', 'Factura de marzo'],
    ['RE: RV: Factura de marzo', 'Factura de marzo'],
    ['Reenviar: Factura', 'Factura'],
    ['REENV: Factura', 'Factura'],
    // Portuguese (Outlook: RES / ENC)
    ['RES: Troca de produto', 'Troca de produto'],
    ['ENC: Troca de produto', 'Troca de produto'],
    ['Res: Enc: Troca de produto', 'Troca de produto'],
    // German
    ['AW: Rechnung', 'Rechnung'],
    ['WG: AW: Rechnung', 'Rechnung'],
    // Counters, spacing and full-width colons
    ['Re[2]: Pedido', 'Pedido'],
    ['Re(3): Pedido', 'Pedido'],
    ['Re^2: Pedido', 'Pedido'],
    ['Re : Pedido', 'Pedido'],
    ['Re：Pedido', 'Pedido'],
    // Our ticket token, anywhere
    ['Re: [#1234] No llega mi pedido', 'No llega mi pedido'],
    ['RE: Fwd: No llega mi pedido [Atiende #1234]', 'No llega mi pedido'],
    ['[Soporte Acme #77] RES: Troca', 'Troca'],
    // Things that are not prefixes stay
    ['Recibo de sueldo', 'Recibo de sueldo'],
    ['Resumen: ventas', 'Resumen: ventas'],
    ['Encuesta: satisfacción', 'Encuesta: satisfacción'],
    ['Awesome: thanks', 'Awesome: thanks'],
    ['Pedido #1234', 'Pedido #1234'],
    ['  Re:   espacios   raros  ', 'espacios raros'],
    ['', ''],
  ])('%j → %j', (subject, expected) => {
    expect(normalizeSubject(subject)).toBe(expected);
  });
});

describe('extractSubjectTicketNumber', () => {
  it.each([
    ['[#1234] No llega mi pedido', 1234],
    ['Re: [#1234] No llega mi pedido', 1234],
    ['RE: Fwd: RV: No llega mi pedido [#1234]', 1234],
    ['Re: [Atiende #42] Consulta', 42],
    ['RES: [Suporte Acme #9001] Troca', 9001],
    ['Re: [ # 77 ] espacios', 77],
    ['Re: [#12] Fwd: [#34]', 12],
    ['[EXTERNAL] Re: [#5] hola', 5],
    ['Pedido #1234', null],
    ['Order [1234]', null],
    ['[#] vacío', null],
    ['[#0] cero', null],
    ['[#abc] letras', null],
    ['[#12345678901] demasiado largo', null],
    ['', null],
  ])('%j → %s', (subject, expected) => {
    expect(extractSubjectTicketNumber(subject)).toBe(expected);
  });
});

describe('extractReplyToken', () => {
  it.each<[string[], string | undefined, string | null]>([
    [
      ['reply+6bdc3f4d-0bec-4515-a284-5d916fdde489@example.com'],
      undefined,
      '6bdc3f4d-0bec-4515-a284-5d916fdde489',
    ],
    [['support@acme.test', 'Reply+AbC123@Acme.Test'], 'acme.test', 'abc123'],
    [['<reply+tok_1.2=3@acme.test>'], 'acme.test', 'tok_1.2=3'],
    [['reply+abc@other.test'], 'acme.test', null],
    [['reply@acme.test', 'replies+abc@acme.test', 'noreply+abc@acme.test'], 'acme.test', null],
    [['reply+@acme.test'], undefined, null],
    [['reply+-abc@acme.test'], undefined, null],
    [['a@x.test', 'reply+first@acme.test', 'reply+second@acme.test'], 'acme.test', 'first'],
    [[], undefined, null],
  ])('%j (domain %s) → %s', (addresses, domain, expected) => {
    expect(extractReplyToken(addresses, domain)).toBe(expected);
  });

  it('accepts ParsedEmail address objects', () => {
    expect(extractReplyToken([{ address: 'x@y.test' }, { address: 'reply+t0k3n@acme.test' }])).toBe('t0k3n');
  });

  it('finds the token in To (reply.eml) and in Cc (reply_uuid_in_cc.eml) of the chatwoot corpus', async () => {
    const inTo = await parseEmail(readCorpusFile('chatwoot-mail/spec/fixtures/files/reply.eml'));
    const inCc = await parseEmail(readCorpusFile('chatwoot-mail/upstream_extra/reply_uuid_in_cc.eml'));
    const none = await parseEmail(readCorpusFile('chatwoot-mail/spec/fixtures/files/support.eml'));
    const recipients = (parsed: typeof inTo) => [...parsed.to, ...parsed.cc, ...parsed.deliveredTo];
    expect(extractReplyToken(recipients(inTo), 'example.com')).toBe('6bdc3f4d-0bec-4515-a284-5d916fdde489');
    expect(extractReplyToken(recipients(inCc), 'example.com')).toBe('6bdc3f4d-0bec-4515-a284-5d916fdde489');
    expect(extractReplyToken(recipients(none), 'example.com')).toBeNull();
  });
});

describe('candidateMessageIds', () => {
  it('puts In-Reply-To first, then References newest first, deduped and without the own id', () => {
    expect(
      candidateMessageIds({
        messageId: 'self@x',
        inReplyTo: ['parent@x'],
        references: ['root@x', 'middle@x', 'parent@x', 'self@x'],
      }),
    ).toEqual(['parent@x', 'middle@x', 'root@x']);
    expect(candidateMessageIds({ inReplyTo: [], references: [] })).toEqual([]);
  });

  const chatwoot = (file: string): Buffer => readCorpusFile('chatwoot-mail', file);

  it.each([
    [
      'spec/fixtures/files/in_reply_to.eml',
      [
        '0CB459E0-0336-41DA-BC88-E6E28C697DDB@chatwoot.com',
        '4e6e35f5a38b4_479f13bb90078178@small-app-01.mail',
      ],
    ],
    [
      'spec/fixtures/files/references.eml',
      ['4e6e35f5a38b4_479f13bb90078178@small-app-01.mail', 'test-reference-id'],
    ],
    [
      'spec/fixtures/files/mail_with_references.eml',
      ['4e6e35f5a38b4_479f13bb90078178@small-app-01.mail', 'test-reference-id'],
    ],
    [
      'upstream_extra/references-same.eml',
      ['4e6e35f5a38b4_479f13bb90078178@small-app-01.mail', 'test-reference-id'],
    ],
    [
      'spec/fixtures/files/multiple_in_reply_to.eml',
      [
        '4e6e35f5a38b4_479f13bb90078171@small-app-01.mail',
        '4e6e35f5a38b4_479f13bb90078131@small-app-01.mail',
        '4e6e35f5a38b4_479f13bb90078178@small-app-01.mail',
      ],
    ],
    // The same id twice, comma-separated, in In-Reply-To
    ['spec/fixtures/files/reply.eml', ['4e6e35f5a38b4_479f13bb90078178@small-app-01.mail']],
    [
      'spec/fixtures/files/mail_with_quote.eml',
      [
        '0100017b5d8efc70-c7f18809-aa55-48f6-91fd-b626092ed8b3-000000@email.amazonses.com',
        'CAFkiBVxGoURoqdkY-O_25F-8b41kb-GWBc6hh4Djd5ynwOikXA@mail.gmail.com',
      ],
    ],
    ['spec/fixtures/files/only_text.eml', []],
  ])('%s', async (file, expected) => {
    expect(candidateMessageIds(await parseEmail(chatwoot(file)))).toEqual(expected);
  });
});
