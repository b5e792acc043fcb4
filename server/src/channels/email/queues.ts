/**
 * pg-boss queue names of the email channel, shared by the code that enqueues (SMTP server, IMAP
 * poller, commands) and the job definitions that work them.
 */
export const EMAIL_QUEUES = {
  processInbound: 'email-process-inbound',
  sendOutbound: 'email-send-outbound',
  pollImap: 'email-poll-imap',
} as const;
