import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseEmail, type ParsedEmail } from '../channels/email/parse/parse-email';

export interface CapturedMail {
  raw: Buffer;
  parsed: ParsedEmail;
  envelopeFrom: string | null;
  envelopeTo: string[];
}

/**
 * A local SMTP server standing in for the outgoing relay (SMTP_RELAY_URL) in tests: it speaks
 * real SMTP and keeps every message it receives. `refuseWith` makes it answer DATA with that
 * code (e.g. 550) to test delivery failures.
 */
export interface SmtpSink {
  port: number;
  url: string;
  messages: CapturedMail[];
  refuseWith: number | null;
  /** Resolves with the first captured message matching `predicate` (waiting up to `timeoutMs`). */
  waitFor: (predicate: (mail: CapturedMail) => boolean, timeoutMs?: number) => Promise<CapturedMail>;
  close: () => Promise<void>;
}

/** Starts a sink on a random loopback port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = {
    port: 0,
    url: '',
    messages: [],
    refuseWith: null,
    waitFor: async (predicate, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = sink.messages.find(predicate);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no matching mail in the sink (${sink.messages.length} captured)`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (sink.refuseWith !== null) {
          callback(
            Object.assign(new Error('5.7.1 Refused by the test sink'), { responseCode: sink.refuseWith }),
          );
          return;
        }
        const raw = Buffer.concat(chunks);
        parseEmail(raw).then(
          (parsed) => {
            const from = session.envelope.mailFrom;
            sink.messages.push({
              raw,
              parsed,
              envelopeFrom: from ? from.address : null,
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            });
            callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  return sink;
}
