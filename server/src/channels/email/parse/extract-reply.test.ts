import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../test-support/corpora';
import { extractVisibleReply } from './extract-reply';
import type { ExtractedReply, ReplyFragment } from './extract-reply';

interface CrispCase {
  test: string;
  fixture: string;
  assertions: string[];
  expected_first_fragment?: string;
  expected_first_fragment_trimmed?: string;
  expected_fragment_count?: number;
  expected_visible_text?: string;
}

const crisp = JSON.parse(
  readCorpusFile('crisp-email-reply-parser', 'expectations.json').toString('utf8'),
) as {
  COMMON_FIRST_FRAGMENT: string;
  cases: CrispCase[];
};

/** Regexes that crisp's test.js defines as variables rather than inline (text_email_reply_header). */
const NAMED_REGEXES: Readonly<Record<string, RegExp>> = {
  firstFragmentRegex: /^On the other hand/m,
  secondFragmentRegex: /^On Wed, Dec 9/m,
};

const FLAGS = { isQuoted: 'quoted', isSignature: 'signature', isHidden: 'hidden' } as const;

/**
 * Checks one assertion line of crisp's test.js (as transcribed in expectations.json) against our
 * result. Only the assertion shapes that occur are understood; anything else fails the test, so
 * no assertion is silently skipped.
 */
function checkAssertion(assertion: string, reply: ExtractedReply): void {
  const fragments = reply.fragments;
  const fragment = (index: string | undefined): ReplyFragment => {
    const found = fragments[Number(index)];
    if (!found) throw new Error(`no fragment ${index ?? '?'} for: ${assertion}`);
    return found;
  };
  let match: RegExpExecArray | null;

  if ((match = /^test\.equal\((\d+), (?:reply\.)?fragments\.length\);$/.exec(assertion))) {
    expect(fragments.length).toBe(Number(match[1]));
  } else if ((match = /^test\.equal\(true, fragments\.length >= (\d+)\);$/.exec(assertion))) {
    expect(fragments.length).toBeGreaterThanOrEqual(Number(match[1]));
  } else if (
    (match = /^test\.equal\((true|false), fragments\[(\d+)\]\.(isQuoted|isSignature|isHidden)\(\)\);$/.exec(
      assertion,
    ))
  ) {
    const flag = FLAGS[match[3] as keyof typeof FLAGS];
    expect(fragment(match[2])[flag]).toBe(match[1] === 'true');
  } else if (
    (match =
      /^test\.deepEqual\((\[.*\]), _\.map\(reply\.fragments, function\(f\) \{ return f\.(isQuoted|isHidden)\(\); \}\)\);$/.exec(
        assertion,
      ))
  ) {
    const flag = FLAGS[match[2] as keyof typeof FLAGS];
    expect(fragments.map((each) => each[flag])).toEqual(JSON.parse(match[1] ?? '[]'));
  } else if (/^test\.equal\(true, fragments\.some\(f => f\.isSignature\(\)\)\);$/.test(assertion)) {
    expect(fragments.some((each) => each.signature)).toBe(true);
  } else if (
    (match =
      /^test\.equal\(\s*(true|false),\s*\/(.+)\/([a-z]*)\.test\(fragments\[(\d+)\](?:\.toString\(\))?\)\);$/.exec(
        assertion,
      ))
  ) {
    expect(new RegExp(match[2] ?? '', match[3]).test(fragment(match[4]).content)).toBe(match[1] === 'true');
  } else if (
    (match = /^test\.equal\((\w+Regex)\.test\(fragments\[(\d+)\]\.toString\(\)\.trim\(\)\), true\)$/.exec(
      assertion,
    ))
  ) {
    const regex = NAMED_REGEXES[match[1] ?? ''];
    if (!regex) throw new Error(`unknown regex in: ${assertion}`);
    expect(regex.test(fragment(match[2]).content.trim())).toBe(true);
  } else if (
    (match = /^test\.equal\(COMMON_FIRST_FRAGMENT, fragments\[(\d+)\]\.toString\(\)\.trim\(\)\);$/.exec(
      assertion,
    ))
  ) {
    expect(fragment(match[1]).content.trim()).toBe(crisp.COMMON_FIRST_FRAGMENT);
  } else if (/^test\.equal\(COMMON_FIRST_FRAGMENT, text\);$/.test(assertion)) {
    // In test.js `text` is email.getVisibleText().trim().
    expect(reply.visibleText.trim()).toBe(crisp.COMMON_FIRST_FRAGMENT);
  } else if ((match = /^test\.equal\(("(?:[^"\\]|\\.)*"), email\.getVisibleText\(\)\);$/.exec(assertion))) {
    expect(reply.visibleText).toBe((JSON.parse(match[1] ?? '""') as string).trimEnd());
  } else if (
    (match = /^test\.equal\(("(?:[^"\\]|\\.)*"), (?:reply\.)?fragments\[(\d+)\](?:\.toString\(\))?\);$/.exec(
      assertion,
    ))
  ) {
    expect(fragment(match[2]).content).toBe(JSON.parse(match[1] ?? '""'));
  } else {
    throw new Error(`Unsupported crisp assertion: ${assertion}`);
  }
}

describe('extractVisibleReply on the crisp email-reply-parser corpus', () => {
  it('has every case and fixture', () => {
    expect(crisp.cases).toHaveLength(74);
  });

  it.each(crisp.cases.map((testCase) => [testCase.test, testCase] as const))('%s', (_name, testCase) => {
    const reply = extractVisibleReply(
      readCorpusFile('crisp-email-reply-parser', testCase.fixture).toString('utf8'),
    );

    // The visible reply is what crisp expects the reply (first fragment / visible text) to be.
    const expectedReply = testCase.expected_first_fragment_trimmed ?? testCase.expected_first_fragment;
    if (expectedReply !== undefined) expect(reply.visibleText.trim()).toBe(expectedReply.trim());
    if (testCase.expected_visible_text !== undefined) {
      expect(reply.visibleText).toBe(testCase.expected_visible_text.trimEnd());
    }
    if (testCase.expected_fragment_count !== undefined)
      expect(reply.fragments).toHaveLength(testCase.expected_fragment_count);

    expect(testCase.assertions.length).toBeGreaterThan(0);
    for (const assertion of testCase.assertions)
      checkAssertion(assertion.replace(/;\s*\/\/.*$/, ';').trim(), reply);

    // Invariants: the visible text never swallows the quote, and is never empty.
    expect(reply.visibleText.trim()).not.toBe('');
    if (reply.quotedText !== '') expect(reply.visibleText).not.toContain(reply.quotedText);
  });

  it('keeps the tail of a re-wrapped quoted line out of the reply (Italian and Dutch clients)', () => {
    for (const fixture of ['email_7.txt', 'email_8.txt']) {
      const reply = extractVisibleReply(
        readCorpusFile('crisp-email-reply-parser', 'test', 'fixtures', fixture).toString('utf8'),
      );
      expect(reply.visibleText).toBe(crisp.COMMON_FIRST_FRAGMENT);
      expect(reply.quotedText).not.toBe('');
    }
  });
});

describe('extractVisibleReply on Spanish and Portuguese replies', () => {
  it.each([
    [
      'Gmail es',
      'Gracias, ya funciona.\n\nEl lun, 3 jun 2024 a las 10:00, Soporte Acme (<soporte@acme.test>) escribió:\n> Hola Ana,\n> prueba reiniciar.\n',
      'Gracias, ya funciona.',
      'El lun, 3 jun 2024 a las 10:00',
    ],
    [
      'Gmail pt',
      'Obrigado!\n\nEm seg., 3 de jun. de 2024 às 10:00, Suporte Acme <suporte@acme.test> escreveu:\n> Olá Ana,\n> tente reiniciar.\n',
      'Obrigado!',
      'Em seg., 3 de jun. de 2024',
    ],
    [
      'Outlook es',
      'Perfecto, gracias.\r\n\r\nAna\r\n\r\n________________________________\r\nDe: Soporte Acme <soporte@acme.test>\r\nEnviado: lunes, 3 de junio de 2024 10:00\r\nPara: Ana <ana@x.test>\r\nAsunto: RE: Pedido [#123]\r\n\r\nHola Ana,\r\nprueba reiniciar.\r\n',
      'Perfecto, gracias.\n\nAna',
      'De: Soporte Acme',
    ],
    [
      'Outlook pt without address',
      'Pode fechar.\n\nDe: Suporte Acme\nEnviada em: segunda-feira, 3 de junho de 2024 10:00\nPara: Ana\nAssunto: Pedido\n\nOlá',
      'Pode fechar.',
      'Enviada em: segunda-feira',
    ],
    [
      'Mensaje original',
      'Listo.\n\n-----Mensaje original-----\nDe: Soporte\nEnviado el: lunes\nPara: Ana\nAsunto: Pedido\n\nHola',
      'Listo.',
      '-----Mensaje original-----',
    ],
    [
      'Mensagem original',
      'Resolvido, obrigado.\n\n-------- Mensagem original --------\nDe: Suporte\nData: 03/06/2024\nAssunto: Pedido\n\nOlá',
      'Resolvido, obrigado.',
      'Mensagem original',
    ],
  ])('%s', (_name, text, visible, quoted) => {
    const reply = extractVisibleReply(text);
    expect(reply.visibleText).toBe(visible);
    expect(reply.quotedText).toContain(quoted);
  });

  it.each([
    ['Enviado desde mi iPhone', 'Ok, lo pruebo.\n\nEnviado desde mi iPhone'],
    ['Enviado do meu iPhone', 'Ok, vou testar.\n\nEnviado do meu iPhone'],
    ['Obtener Outlook para Android', 'Ok, lo pruebo.\n\nObtener Outlook para Android'],
  ])('treats "%s" as a signature', (signature, text) => {
    const reply = extractVisibleReply(text);
    expect(reply.visibleText).toBe(text.split('\n')[0]);
    expect(reply.signature).toBe(signature);
  });

  it.each([
    ['Gmail en', '---------- Forwarded message ---------'],
    ['Gmail es', '---------- Mensaje reenviado ---------'],
    ['Gmail pt', '---------- Mensagem encaminhada ---------'],
    ['Apple Mail en', 'Begin forwarded message:'],
    ['Apple Mail es', 'Inicio del mensaje reenviado:'],
  ])('keeps a forwarded message visible (%s): it is what the customer sends us', (_name, marker) => {
    const text = `Les reenvío el reclamo.\n\n${marker}\nDe: Cliente <c@x.test>\nDate: lun, 3 jun 2024\nSubject: Reclamo\n\nEl producto llegó roto.`;
    const reply = extractVisibleReply(text);
    expect(reply.visibleText).toBe(text);
    expect(reply.quotedText).toBe('');
  });

  it('still hides a forward that is part of the quoted history', () => {
    const text =
      'Gracias.\n\nEl lun, 3 jun 2024 a las 10:00, Soporte <s@acme.test> escribió:\n> ---------- Forwarded message ---------\n> De: Cliente <c@x.test>\n> Hola\n';
    expect(extractVisibleReply(text).visibleText).toBe('Gracias.');
  });

  it('shows the whole text when everything would be hidden, and keeps a "--" signature apart', () => {
    expect(extractVisibleReply('> solo una cita\n> nada más\n').visibleText).toBe(
      '> solo una cita\n> nada más',
    );
    const signed = extractVisibleReply('Hola\n-- \nAna López\nGerente\n');
    expect(signed.visibleText).toBe('Hola');
    expect(signed.signature).toBe('-- \nAna López\nGerente'.trim());
  });

  it('keeps inline replies between quotes', () => {
    const reply = extractVisibleReply('> ¿Opción A?\n\nSí, la A.\n\n> ¿Y la B?\n\nNo.\n');
    expect(reply.visibleText).toBe('Sí, la A.\nNo.');
    expect(reply.quotedText).toContain('> ¿Opción A?');
  });
});
