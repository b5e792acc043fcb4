import { describe, expect, it } from 'vitest';
import { listCorpusFiles, readCorpusFile } from '../test-support/corpora';
import { classifyEmail } from './classify-email';
import type { EmailClassification } from './classify-email';
import { parseEmail } from './parse-email';

const CRLF = '\r\n';

async function classifyRaw(
  headers: readonly string[],
  body = 'Hola, necesito ayuda con mi pedido.',
): Promise<EmailClassification> {
  return classifyEmail(await parseEmail(Buffer.from([...headers, '', body].join(CRLF))));
}

async function classifyCorpus(file: string): Promise<EmailClassification> {
  return classifyEmail(await parseEmail(readCorpusFile(file)));
}

const PERSON = [
  'From: Cliente <cliente@example.com>',
  'To: soporte@acme.test',
  'Message-ID: <m1@example.com>',
];

describe('classifyEmail on the chatwoot corpus', () => {
  const chatwoot = (name: string): string => `chatwoot-mail/spec/fixtures/files/${name}`;

  it.each([
    ['auto_reply.eml', 'X-Autoreply header'],
    ['auto_reply_with_auto_submitted.eml', 'Auto-Submitted: auto-generated'],
    ['non_utf_encoded_mail.eml', 'Auto-Submitted: auto-replied'],
  ])('%s is an auto-reply', async (name, reason) => {
    const result = await classifyCorpus(chatwoot(name));
    expect(result.kind).toBe('auto_reply');
    expect(result.reason).toBe(reason);
  });

  it.each([
    ['bounced_gmail.eml', ['alex.jones@fictionalcorp.com']],
    ['bounced_with_no_from.eml', ['noreply@example-service.com']],
  ])('%s is a bounce naming the failed recipient', async (name, recipients) => {
    const result = await classifyCorpus(chatwoot(name));
    expect(result).toMatchObject({ kind: 'bounce', failedRecipients: recipients });
  });

  const automatic = new Set([
    'auto_reply.eml',
    'auto_reply_with_auto_submitted.eml',
    'non_utf_encoded_mail.eml',
    'bounced_gmail.eml',
    'bounced_with_no_from.eml',
  ]);
  const normal = listCorpusFiles('chatwoot-mail', /\.eml$/).filter(
    (file) => !automatic.has(file.split('/').pop() ?? ''),
  );

  it('has the expected number of ordinary support mails', () => {
    expect(normal).toHaveLength(37);
  });

  it.each(normal)('%s is normal', async (file) => {
    const result = await classifyCorpus(file);
    expect(result.kind).toBe('normal');
    expect(result.isListMail).toBe(false);
  });
});

describe('classifyEmail on the other corpora', () => {
  it.each([
    ['mailparser-fixtures/test/fixtures/delivery-status.eml', ['xxxx@xxxx.com']],
    ['postal-mime-fixtures/test/fixtures/bounce.eml', ['htfgvhyufthdgcvhgjyfthgc@ethereal.email']],
  ])('%s is a bounce', async (file, recipients) => {
    expect(await classifyCorpus(file)).toMatchObject({ kind: 'bounce', failedRecipients: recipients });
  });

  it('treats an ARF abuse report as an automatic message', async () => {
    const result = await classifyCorpus('postal-mime-fixtures/test/fixtures/arf.eml');
    expect(result).toMatchObject({ kind: 'auto_reply', reason: 'automatic report (feedback-report)' });
  });

  it('treats Launchpad bug mail (Precedence: bulk, List-Id) as automatic list mail', async () => {
    const result = await classifyCorpus('mailparser-fixtures/test/fixtures/large_text.eml');
    expect(result).toMatchObject({ kind: 'auto_reply', reason: 'Precedence: bulk', isListMail: true });
  });

  it('finds every hunnysoft sample (mail written by people) normal', async () => {
    const files = listCorpusFiles('hunnysoft-mime-samples', /^m\d{4}\.txt$/);
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) expect((await classifyCorpus(file)).kind, file).toBe('normal');
  });
});

describe('classifyEmail: auto-reply headers', () => {
  it.each<[string[], EmailClassification['kind'], string]>([
    [['Auto-Submitted: no'], 'normal', 'no automatic-mail markers'],
    [['Auto-Submitted: auto-generated'], 'auto_reply', 'Auto-Submitted: auto-generated'],
    [['Auto-Submitted: Auto-Replied; owner-email="x@y.test"'], 'auto_reply', 'Auto-Submitted: auto-replied'],
    [['X-Autoreply: yes'], 'auto_reply', 'X-Autoreply header'],
    [['X-Autorespond: Out of office'], 'auto_reply', 'X-Autorespond header'],
    [['Precedence: bulk'], 'auto_reply', 'Precedence: bulk'],
    [['Precedence: junk'], 'auto_reply', 'Precedence: junk'],
    [['Precedence: auto_reply'], 'auto_reply', 'Precedence: auto_reply'],
    [['X-Auto-Response-Suppress: All'], 'auto_reply', 'X-Auto-Response-Suppress: All'],
    [
      ['X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply'],
      'auto_reply',
      'X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply',
    ],
    [['X-Auto-Response-Suppress: DR'], 'normal', 'no automatic-mail markers'],
  ])('%j → %s', async (headers, kind, reason) => {
    const result = await classifyRaw([...PERSON, 'Subject: Consulta', ...headers]);
    expect(result.kind).toBe(kind);
    expect(result.reason).toBe(reason);
  });

  it('marks list mail without treating it as automatic', async () => {
    const precedence = await classifyRaw([...PERSON, 'Subject: Consulta', 'Precedence: list']);
    const listId = await classifyRaw([...PERSON, 'Subject: Consulta', 'List-Id: <clientes.acme.test>']);
    expect(precedence).toEqual({ kind: 'normal', reason: 'mailing list message', isListMail: true });
    expect(listId).toEqual({ kind: 'normal', reason: 'mailing list message', isListMail: true });
  });

  it('recognizes a read receipt (disposition-notification report) as automatic', async () => {
    const result = await classifyRaw(
      [
        ...PERSON,
        'Subject: Leído: Consulta',
        'Content-Type: multipart/report; report-type=disposition-notification; boundary=b',
      ],
      '--b\r\nContent-Type: text/plain\r\n\r\nLeído\r\n--b\r\nContent-Type: message/disposition-notification\r\n\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n',
    );
    expect(result).toMatchObject({
      kind: 'auto_reply',
      reason: 'automatic report (disposition-notification)',
    });
  });
});

describe('classifyEmail: out-of-office subjects', () => {
  it.each([
    'Respuesta automática: Pedido 1234',
    'Respuesta automatica',
    'Fuera de la oficina: Consulta',
    'Fuera de oficina',
    'Resposta automática: Pedido 1234',
    'Ausência temporária',
    'Ausente de la oficina - vuelvo el lunes',
    'Out of Office: Re: Invoice',
    'Out of office',
    'Automatic reply: Your ticket',
    'Autoreply: hello',
    'Auto-Reply: hello',
    'RE: Respuesta automática: Pedido',
    'Abwesenheitsnotiz: Anfrage',
    'Réponse automatique : demande',
  ])('%s is an auto-reply', async (subject) => {
    const result = await classifyRaw([...PERSON, `Subject: ${subject}`]);
    expect(result).toMatchObject({ kind: 'auto_reply', reason: 'automatic reply subject' });
  });

  it.each([
    'Out of office hours support?',
    'Question about automatic replies',
    'My autoreply is broken',
    '¿Tienen respuesta automática para pedidos?',
    'Consulta sobre ausencia de stock',
  ])('%s is normal', async (subject) => {
    expect((await classifyRaw([...PERSON, `Subject: ${subject}`])).kind).toBe('normal');
  });
});

describe('classifyEmail: bounces', () => {
  const report = (status: string): string =>
    [
      '--b',
      'Content-Type: text/plain',
      '',
      'Delivery report',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.acme.test',
      '',
      status,
      '--b--',
      '',
    ].join(CRLF);
  const dsnHeaders = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.acme.test>',
    'To: soporte@acme.test',
    'Subject: Delivery Status Notification',
    'Auto-Submitted: auto-replied',
    'Content-Type: multipart/report; report-type=delivery-status; boundary=b',
  ];

  it('lists only the failed recipients of a delivery-status report', async () => {
    const result = await classifyRaw(
      dsnHeaders,
      report(
        [
          'Final-Recipient: rfc822; gone@x.test',
          'Original-Recipient: rfc822; Gone.Alias@x.test',
          'Action: failed',
          'Status: 5.1.1',
          '',
          'Final-Recipient: rfc822; fine@x.test',
          'Action: delivered',
          'Status: 2.0.0',
        ].join(CRLF),
      ),
    );
    expect(result).toEqual({
      kind: 'bounce',
      reason: 'delivery status report',
      isListMail: false,
      failedRecipients: ['gone.alias@x.test', 'gone@x.test'],
    });
  });

  it('treats a report that only says "delayed" as automatic mail, not a bounce', async () => {
    const result = await classifyRaw(
      dsnHeaders,
      report(['Final-Recipient: rfc822; slow@x.test', 'Action: delayed', 'Status: 4.4.7'].join(CRLF)),
    );
    expect(result).toMatchObject({
      kind: 'auto_reply',
      reason: 'delivery status notification without failures (action: delayed)',
    });
  });

  it('reads Postfix-style text bounces from MAILER-DAEMON', async () => {
    const result = await classifyRaw(
      [
        'From: MAILER-DAEMON@mx.acme.test (Mail Delivery System)',
        'To: soporte@acme.test',
        'Subject: Undelivered Mail Returned to Sender',
      ],
      "I'm sorry to have to inform you that your message could not\r\nbe delivered.\r\n\r\n<gone@x.test>: host mx.x.test said: 550 5.1.1 User unknown\r\n",
    );
    expect(result).toMatchObject({
      kind: 'bounce',
      reason: 'sent by mailer-daemon',
      failedRecipients: ['gone@x.test'],
    });
  });

  it('reads Exim bounces sent with a null Return-Path', async () => {
    const result = await classifyRaw(
      [
        'Return-Path: <>',
        'From: Mail Delivery System <mailer@mx.acme.test>',
        'To: soporte@acme.test',
        'Subject: Mail delivery failed: returning message to sender',
      ],
      'This message was created automatically by mail delivery software.\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n  gone@x.test\r\n    host mx.x.test said: 550 No such user\r\n  other@y.test\r\n    Unrouteable address\r\n',
    );
    expect(result).toMatchObject({
      kind: 'bounce',
      reason: 'null Return-Path with a delivery failure subject',
      failedRecipients: ['gone@x.test', 'other@y.test'],
    });
  });

  it('reads Exchange and Spanish non-delivery texts from postmaster', async () => {
    const exchange = await classifyRaw(
      ['From: postmaster@acme.test', 'To: soporte@acme.test', 'Subject: Undeliverable: Pedido'],
      "Delivery has failed to these recipients or groups:\r\n\r\nGone@X.test\r\nThe email address you entered couldn't be found.\r\n",
    );
    const spanish = await classifyRaw(
      ['From: postmaster@correo.test', 'To: soporte@acme.test', 'Subject: No se puede entregar: Pedido'],
      'No se pudo entregar el mensaje a cliente.perdido@x.test. El buzón no existe.\r\n',
    );
    expect(exchange).toMatchObject({ kind: 'bounce', failedRecipients: ['gone@x.test'] });
    expect(spanish).toMatchObject({ kind: 'bounce', failedRecipients: ['cliente.perdido@x.test'] });
  });

  it('uses X-Failed-Recipients, and falls back to the returned message headers', async () => {
    const header = await classifyRaw(
      [
        'From: Mail Delivery <noreply@mx.acme.test>',
        'To: soporte@acme.test',
        'Subject: Problema',
        'X-Failed-Recipients: a@x.test, b@x.test',
      ],
      'No pudimos entregar tu mensaje.',
    );
    const returned = await classifyRaw(
      [
        'From: MAILER-DAEMON@mx.acme.test',
        'To: soporte@acme.test',
        'Subject: failure notice',
        'Content-Type: multipart/mixed; boundary=b',
      ],
      '--b\r\nContent-Type: text/plain\r\n\r\nSorry, it did not work.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: soporte@acme.test\r\nTo: Perdido <perdido@x.test>\r\nSubject: Re: Pedido\r\n\r\nHola\r\n--b--\r\n',
    );
    expect(header).toMatchObject({
      kind: 'bounce',
      reason: 'X-Failed-Recipients header',
      failedRecipients: ['a@x.test', 'b@x.test'],
    });
    expect(returned).toMatchObject({ kind: 'bounce', failedRecipients: ['perdido@x.test'] });
  });

  it('does not treat a person writing about a failed delivery as a bounce', async () => {
    const result = await classifyRaw(
      [...PERSON, 'Subject: Undelivered Mail Returned to Sender?'],
      'Me llegó este aviso, ¿qué hago?',
    );
    expect(result.kind).toBe('normal');
  });
});
