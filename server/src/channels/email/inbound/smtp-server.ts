import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { EmailConfig } from '../../../config';
import type { Db } from '../../../db/database';
import type { JobSender } from '../../../jobs/job-sender';
import { resolveRecipient, type RecipientTarget } from '../store/resolve-recipient';
import { storeRawEmail, type RawEmailTarget } from '../store/store-raw-email';

export interface InboundSmtpServerOptions {
  db: Db;
  jobs: JobSender;
  email: EmailConfig;
  log: Logger;
  /** Port to listen on; 0 picks a free one (tests). */
  port: number;
  host: string;
}

export interface InboundSmtpServer {
  port: number;
  close: () => Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** Reads the DATA stream, keeping at most `limit` bytes (the rest is drained, and the message refused). */
async function readMessage(stream: SMTPServerDataStream, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return stream.sizeExceeded || size > limit ? null : Buffer.concat(chunks);
}

/** Groups the accepted recipients of one SMTP transaction by mailbox. */
function targetsOf(session: SMTPServerSession, resolved: Map<string, RecipientTarget>): RawEmailTarget[] {
  const byMailbox = new Map<string, RawEmailTarget>();
  for (const rcpt of session.envelope.rcptTo) {
    const address = rcpt.address.toLowerCase();
    const target = resolved.get(address);
    if (!target) continue;
    const entry = byMailbox.get(target.mailboxId) ?? { ...target, recipients: [] };
    entry.recipients.push(address);
    byMailbox.set(target.mailboxId, entry);
  }
  return [...byMailbox.values()];
}

/**
 * The built-in SMTP server (inbound mail). RCPT TO is accepted only for an active mailbox address
 * or one of our reply addresses (`reply+<token>@<reply domain>`); anything else gets 550. A
 * message is answered 250 only after its raw bytes and its processing job are committed in
 * PostgreSQL, once per addressed mailbox; a message seen before (same Message-ID) answers 250 and
 * stores nothing. Database trouble answers 451, so the sending server retries later. Larger than
 * EMAIL_MAX_MESSAGE_MB answers 552. STARTTLS is offered when a certificate is configured.
 */
export async function startInboundSmtpServer(options: InboundSmtpServerOptions): Promise<InboundSmtpServer> {
  const { db, jobs, email, log } = options;
  /** Per connection: recipient address → target, filled by RCPT TO, read at DATA. */
  const sessions = new Map<string, Map<string, RecipientTarget>>();
  const tls = email.smtpTls
    ? { key: await readFile(email.smtpTls.keyFile), cert: await readFile(email.smtpTls.certFile) }
    : null;

  const server = new SMTPServer({
    name: email.replyDomain,
    banner: 'Atiende',
    size: email.maxMessageBytes,
    authOptional: true,
    disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(tls ?? {}),
    logger: false,
    maxClients: 200,
    socketTimeout: 120_000,
    onRcptTo(address, session, callback) {
      resolveRecipient(db, address.address, email.replyDomain).then(
        (target) => {
          if (!target) {
            callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`));
            return;
          }
          const resolved = sessions.get(session.id) ?? new Map<string, RecipientTarget>();
          resolved.set(address.address.toLowerCase(), target);
          sessions.set(session.id, resolved);
          callback();
        },
        (error: unknown) => {
          log.error({ err: error }, 'SMTP recipient lookup failed');
          callback(smtpError(451, '4.3.0 Temporary failure, please try again later'));
        },
      );
    },
    onData(stream, session, callback) {
      const store = async () => {
        const raw = await readMessage(stream, email.maxMessageBytes);
        if (raw === null) {
          callback(smtpError(552, '5.3.4 Message exceeds the size limit'));
          return;
        }
        const targets = targetsOf(session, sessions.get(session.id) ?? new Map<string, RecipientTarget>());
        const mailFrom = session.envelope.mailFrom;
        const ids = await storeRawEmail(db, jobs, targets, {
          raw,
          source: 'smtp',
          envelopeFrom: mailFrom ? mailFrom.address : null,
        });
        log.debug({ stored: ids.length, bytes: raw.length }, 'SMTP message stored');
        callback(null, ids.length > 0 ? 'Message stored' : 'Message already received');
      };
      store().catch((error: unknown) => {
        log.error({ err: error }, 'SMTP message could not be stored');
        callback(smtpError(451, '4.3.0 Temporary failure storing the message, please try again later'));
      });
    },
    onClose(session) {
      sessions.delete(session.id);
    },
  });
  server.on('error', (error) => {
    log.warn({ err: error }, 'SMTP connection error');
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ port, host: options.host }, 'SMTP server listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
