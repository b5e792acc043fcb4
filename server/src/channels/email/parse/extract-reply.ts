import EmailReplyParser from 'email-reply-parser';

/** One block of a reply, in order. */
export interface ReplyFragment {
  content: string;
  /** Quoted history (`> …` lines, "On … wrote:" headers, forwarded originals). */
  quoted: boolean;
  signature: boolean;
  /** Not part of the visible reply: quoted, signature, or empty trailing text. */
  hidden: boolean;
}

export interface ExtractedReply {
  /** What the sender wrote in this message; never empty when the input has any non-blank text. */
  visibleText: string;
  /** The quoted history, '' when there is none. */
  quotedText: string;
  /** The signature block(s), or null when none was recognized. */
  signature: string | null;
  /** All fragments in order, so the UI can render the hidden parts collapsed. */
  fragments: ReplyFragment[];
}

/**
 * A quoted line this long was likely wrapped by the replying client, so an unquoted line directly
 * below it that is followed by more quote belongs to the quote, not to the reply.
 */
const WRAPPED_QUOTE_MIN_LENGTH = 60;

/** "-----Mensaje original-----" and friends, which the library only knows in English, Danish, French and German. */
const ORIGINAL_MESSAGE_SEPARATOR =
  /^\s*-{2,}\s*(?:mensaje original|mensagem original|original message)\s*-*\s*$/i;

/** The header block Outlook puts above the quoted original, in Spanish, Portuguese and English. */
const OUTLOOK_FROM = /^\s*\*?(?:de|from)\s*:\*?\s*\S/i;
const OUTLOOK_DATE = /^\s*\*?(?:enviado(?: el)?|enviada(?: em)?|fecha|data|sent|date)\s*:/i;
const OUTLOOK_SUBJECT = /^\s*\*?(?:asunto|assunto|subject)\s*:/i;

/** Forward markers of Gmail, Apple Mail and Outlook in es/pt/en: what follows is content the customer sends us. */
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|mensaje reenviado|mensagem encaminhada|mensaje original reenviado)\s*-*|(?:begin forwarded message|inicio del mensaje reenviado|in[ií]cio da mensagem encaminhada)\s*:)\s*$/i;

/** Mobile "sent from" lines the library does not know (Portuguese, and Outlook's app promotion in es/pt). */
const MOBILE_SIGNATURE =
  /^(?:enviado (?:do|de|desde) (?:meu|mi|o|el) .+|enviado pelo .+|obt(?:enha|er|ener) (?:o )?outlook (?:para|for) .+)$/i;

/**
 * Splits a plain-text reply into the part the sender just wrote and the history and signature
 * below it, using crisp's email-reply-parser (quote headers in many languages, `>` quotes,
 * "Sent from my …" and `--` signatures). The UI shows `visibleText` and keeps the full original.
 *
 * On top of the library, for the Spanish/Portuguese mail Atiende receives:
 * - everything from a "-----Mensaje original-----"/"-----Mensagem original-----" separator, or from
 *   an Outlook "De:/Enviado:/Para:/Asunto:" block, is quoted history;
 * - a forwarded message ("---------- Mensaje reenviado ---------", "Begin forwarded message:") stays
 *   visible: it is what the customer wants us to read;
 * - "Enviado do meu iPhone" and similar trailing lines are signatures;
 * - the tail of a long quoted line that the client re-wrapped without its `>` (see
 *   WRAPPED_QUOTE_MIN_LENGTH) stays in the quote instead of appearing as reply text.
 * When every fragment is hidden (a message that is only a quote or a signature) the whole text is
 * returned as visible, because showing nothing would hide what the customer sent.
 */
export function extractVisibleReply(text: string): ExtractedReply {
  const original = text.replace(/\r\n?/g, '\n');
  const { reply, history, forwarded } = splitSections(rejoinWrappedQuoteLines(original));

  const fragments = new EmailReplyParser()
    .read(reply)
    .getFragments()
    .map((fragment): ReplyFragment => ({
      content: fragment.getContent(),
      quoted: fragment.isQuoted(),
      signature: fragment.isSignature(),
      hidden: fragment.isHidden(),
    }));
  splitMobileSignature(fragments);
  if (forwarded !== null)
    fragments.push({ content: forwarded, quoted: false, signature: false, hidden: false });
  if (history !== null) fragments.push({ content: history, quoted: true, signature: false, hidden: true });

  // Same joining as the library's getVisibleText()/getQuotedText(), over our adjusted fragments.
  const visible = join(fragments.filter((fragment) => !fragment.hidden))
    .replace(/~*$/, '')
    .trimEnd();
  const signatures = fragments
    .filter((fragment) => fragment.signature)
    .map((fragment) => fragment.content.trim());
  return {
    visibleText: visible.trim() === '' ? original.trim() : visible,
    quotedText: join(fragments.filter((fragment) => fragment.quoted)).trim(),
    signature: signatures.length > 0 ? signatures.join('\n') : null,
    fragments,
  };
}

function join(fragments: readonly ReplyFragment[]): string {
  return fragments.map((fragment) => fragment.content).join('\n');
}

function rejoinWrappedQuoteLines(text: string): string {
  const lines = text.split('\n');
  const isQuote = (value: string | undefined): boolean => value?.trimStart().startsWith('>') ?? false;
  return lines
    .map((line, index) => {
      const previous = lines[index - 1];
      const wrappedTail =
        line.trim() !== '' &&
        !isQuote(line) &&
        isQuote(previous) &&
        (previous ?? '').trim().length >= WRAPPED_QUOTE_MIN_LENGTH &&
        isQuote(lines[index + 1]);
      return wrappedTail ? `> ${line}` : line;
    })
    .join('\n');
}

interface Sections {
  /** The part handed to email-reply-parser. */
  reply: string;
  /** Quoted history cut off at an original-message marker, or null. */
  history: string | null;
  /** A forwarded message (from its marker on), always visible, or null. */
  forwarded: string | null;
}

/**
 * Cuts the text at the first marker outside `>` quotes: an es/pt/en original-message separator or
 * Outlook header block (history, hidden), or a forward marker (kept visible: the library would
 * take the forwarded "De: … <…>" line for a quote header and hide what the customer forwards).
 */
function splitSections(text: string): Sections {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index]?.trimStart().startsWith('>')) continue;
    if (FORWARD_MARKER.test(lines[index] ?? '')) {
      return {
        reply: lines.slice(0, index).join('\n'),
        history: null,
        forwarded: lines.slice(index).join('\n').trim(),
      };
    }
    if (index === 0 || !isHistoryStart(lines, index)) continue;
    const replyLines = lines.slice(0, index);
    // Outlook draws a line of underscores above its header block.
    while (replyLines.length > 0 && /^\s*_{5,}\s*$|^\s*$/.test(replyLines[replyLines.length - 1] ?? '')) {
      replyLines.pop();
    }
    if (replyLines.every((line) => line.trim() === '')) break;
    return {
      reply: replyLines.join('\n'),
      history: lines.slice(replyLines.length).join('\n').trim(),
      forwarded: null,
    };
  }
  return { reply: text, history: null, forwarded: null };
}

function isHistoryStart(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (ORIGINAL_MESSAGE_SEPARATOR.test(line)) return true;
  if (!OUTLOOK_FROM.test(line)) return false;
  const block = lines.slice(index + 1, index + 6);
  return block.some((next) => OUTLOOK_DATE.test(next)) && block.some((next) => OUTLOOK_SUBJECT.test(next));
}

/** Moves a trailing mobile "sent from" line of the last visible fragment into its own signature fragment. */
function splitMobileSignature(fragments: ReplyFragment[]): void {
  const index = fragments.findLastIndex((fragment) => !fragment.hidden);
  const fragment = fragments[index];
  if (!fragment) return;
  const lines = fragment.content.trimEnd().split('\n');
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (lines.length < 2 || !MOBILE_SIGNATURE.test(last)) return;
  fragments.splice(
    index,
    1,
    { ...fragment, content: lines.slice(0, -1).join('\n').trimEnd() },
    { content: last, quoted: false, signature: true, hidden: true },
  );
}
