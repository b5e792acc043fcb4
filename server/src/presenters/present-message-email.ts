import type { MessageEmail } from '@atiende/contracts';
import type { messageEmails, outboundEmails } from '../db/schema';

type DetailsRow = typeof messageEmails.$inferSelect;
type OutboundRow = typeof outboundEmails.$inferSelect;

/**
 * The email side of a message: addresses and Message-ID, the visible part of an inbound reply,
 * and for outbound mail its delivery status (queued → sent or failed, with the error).
 * An outbound message not yet tried has no Message-ID (''): it is assigned at the first attempt.
 */
export function presentMessageEmail(
  details: DetailsRow | undefined,
  outbound: OutboundRow | undefined,
): MessageEmail {
  return {
    direction: details?.direction ?? 'outbound',
    messageId: details?.rfcMessageId ?? '',
    from: details?.fromAddress ?? null,
    to: details?.toAddresses ?? outbound?.toAddresses ?? [],
    cc: details?.ccAddresses ?? outbound?.ccAddresses ?? [],
    visibleText: details?.visibleText ?? null,
    quotedText: details?.quotedText ?? null,
    blockedRemoteImages: details?.blockedRemoteImages ?? 0,
    delivery: outbound
      ? {
          status: outbound.status,
          error: outbound.error,
          attempts: outbound.attempts,
          sentAt: outbound.sentAt ? outbound.sentAt.toISOString() : null,
        }
      : null,
  };
}
