import { describe, expect, it } from 'vitest';
import { isFailedRecipient, parseDeliveryStatus } from './delivery-status';
import { failedRecipientsFromText, recipientsFromReturnedHeaders } from './failed-recipients';

describe('parseDeliveryStatus', () => {
  it('reads folded per-recipient blocks with and without the rfc822 type', () => {
    const body = [
      'Reporting-MTA: dns; mx.acme.test',
      'Arrival-Date: Mon, 1 Jan 2024 03:27:11 -0500',
      '',
      'Final-Recipient: rfc822;<Gone@X.test>',
      'Original-Recipient: rfc822; alias@x.test',
      'Action: Failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <gone@x.test>: Recipient',
      '    address rejected',
      '',
      'Final-Recipient: later@x.test',
      'Action: delayed',
      'Status: 4.4.7',
    ].join('\r\n');
    expect(parseDeliveryStatus(body)).toEqual([
      {
        finalRecipient: 'gone@x.test',
        originalRecipient: 'alias@x.test',
        action: 'failed',
        status: '5.1.1',
        diagnosticCode: 'smtp; 550 5.1.1 <gone@x.test>: Recipient address rejected',
      },
      {
        finalRecipient: 'later@x.test',
        originalRecipient: null,
        action: 'delayed',
        status: '4.4.7',
        diagnosticCode: null,
      },
    ]);
  });

  it('treats a missing Action with a 5.x.x status as a failure', () => {
    const [recipient] = parseDeliveryStatus('Final-Recipient: rfc822; a@x.test\nStatus: 5.0.0');
    expect(recipient && isFailedRecipient(recipient)).toBe(true);
    const [delayed] = parseDeliveryStatus('Final-Recipient: rfc822; a@x.test\nStatus: 4.0.0');
    expect(delayed && isFailedRecipient(delayed)).toBe(false);
  });

  it('returns nothing for an empty or recipient-less report', () => {
    expect(parseDeliveryStatus('')).toEqual([]);
    expect(parseDeliveryStatus('Reporting-MTA: dns; mx.acme.test\n')).toEqual([]);
  });
});

describe('failedRecipientsFromText', () => {
  it.each([
    [
      'Gmail',
      "Your message wasn't delivered to Ana.Lopez@Example.com because the address couldn't be found.",
      ['ana.lopez@example.com'],
    ],
    ['Office 365', "Your message to pedro@example.org couldn't be delivered.", ['pedro@example.org']],
    [
      'Gmail (old)',
      'Delivery to the following recipient failed permanently:\n\n     gone@x.test\n',
      ['gone@x.test'],
    ],
    [
      'Postfix',
      '<a@x.test>: host mx said: 550 unknown\n<b@x.test>: mailbox full\n',
      ['a@x.test', 'b@x.test'],
    ],
    [
      'Exim',
      'The following address(es) failed:\n\n  a@x.test\n    host said 550\n  b@y.test\n',
      ['a@x.test', 'b@y.test'],
    ],
    [
      'Exchange',
      'Delivery has failed to these recipients or groups:\n\nc@x.test\nThe address was not found.\n',
      ['c@x.test'],
    ],
    [
      'Spanish',
      'No se pudo entregar el mensaje a maria@ejemplo.es. Buzón inexistente.',
      ['maria@ejemplo.es'],
    ],
    [
      'Portuguese',
      'Não foi possível entregar a mensagem para joao@exemplo.com.br porque o endereço não existe.',
      ['joao@exemplo.com.br'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(failedRecipientsFromText(text)).toEqual(expected);
  });

  it('skips the bounce sender, our own addresses and MAILER-DAEMON', () => {
    const text = '<soporte@acme.test>: returned\n<MAILER-DAEMON@mx.test>: x\n<real@x.test>: unknown user\n';
    expect(failedRecipientsFromText(text, ['Soporte@acme.test'])).toEqual(['real@x.test']);
  });

  it('finds nothing in ordinary prose', () => {
    expect(failedRecipientsFromText('Hola, escribanme a ana@example.com cuando puedan.')).toEqual([]);
  });
});

describe('recipientsFromReturnedHeaders', () => {
  it('reads To and Cc of the returned message header block only', () => {
    const headers =
      'From: soporte@acme.test\r\nTo: Ana <ana@x.test>,\r\n  bob@y.test\r\nCc: carla@z.test\r\n\r\nTo: not-a-header@body.test';
    expect(recipientsFromReturnedHeaders(headers, ['soporte@acme.test'])).toEqual([
      'ana@x.test',
      'bob@y.test',
      'carla@z.test',
    ]);
  });
});
