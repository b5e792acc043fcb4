import EmailReplyParser from 'email-reply-parser';

/** One block of a reply as email-reply-parser splits it. */
export interface ReplyFragment {
  content: string;
  /** Quoted history (`> …` lines and the "On … wrote:" header above them). */
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

/**
 * Splits a plain-text reply into the part the sender just wrote and the history and signature
 * below it, using crisp's email-reply-parser (quote headers in many languages, `>` quotes,
 * "Sent from my …" and `--` signatures). The UI shows `visibleText` and keeps the full original.
 *
 * On top of the library, one repair: clients that re-wrap long quoted lines leave the tail of such
 * a line without its `>` (see WRAPPED_QUOTE_MIN_LENGTH), which the library would show as reply
 * text in the middle of the history; those tails are treated as quoted. When every fragment is
 * hidden (a bare forward, a message that is only a signature) the whole text is returned as
 * visible, because showing nothing would hide what the customer sent.
 */
export function extractVisibleReply(text: string): ExtractedReply {
  const normalized = rejoinWrappedQuoteLines(text.replace(/\r\n?/g, '\n'));
  const email = new EmailReplyParser().read(normalized);
  const fragments = email.getFragments().map(
    (fragment): ReplyFragment => ({
      content: fragment.getContent(),
      quoted: fragment.isQuoted(),
      signature: fragment.isSignature(),
      hidden: fragment.isHidden(),
    }),
  );

  const visible = email.getVisibleText().trimEnd();
  const signatures = fragments.filter((fragment) => fragment.signature).map((fragment) => fragment.content.trim());
  return {
    visibleText: visible.trim() === '' ? normalized.trim() : visible,
    quotedText: email.getQuotedText().trim(),
    signature: signatures.length > 0 ? signatures.join('\n') : null,
    fragments,
  };
}

function rejoinWrappedQuoteLines(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, index) => {
      const previous = lines[index - 1];
      const next = lines[index + 1];
      const isQuote = (value: string | undefined): boolean => value?.trimStart().startsWith('>') ?? false;
      if (
        line.trim() !== '' &&
        !isQuote(line) &&
        previous !== undefined &&
        isQuote(previous) &&
        previous.trim().length >= WRAPPED_QUOTE_MIN_LENGTH &&
        isQuote(next)
      ) {
        return `> ${line}`;
      }
      return line;
    })
    .join('\n');
}
