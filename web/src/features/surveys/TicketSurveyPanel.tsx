import type { TicketSurvey } from '@atiende/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/i18n/dates';
import { ScoreChip } from './ScoreChip';
import { useTicketSurvey } from './surveys-api';

/** The invitation's state in one line: answered, sent (and until when), expired, or scheduled. */
function invitationLine(
  invitation: NonNullable<TicketSurvey['invitation']>,
  date: (iso: string) => string,
  t: TFunction,
  now: Date,
): string {
  if (invitation.respondedAt !== null)
    return t('surveys.ticketPanel.responded', { date: date(invitation.respondedAt) });
  if (invitation.sentAt === null)
    return t('surveys.ticketPanel.scheduled', { date: date(invitation.scheduledFor) });
  const sent = t('surveys.ticketPanel.sent', { date: date(invitation.sentAt) });
  const expired = new Date(invitation.expiresAt).getTime() <= now.getTime();
  const expiry = expired
    ? t('surveys.ticketPanel.expired', { date: date(invitation.expiresAt) })
    : t('surveys.ticketPanel.expires', { date: date(invitation.expiresAt) });
  return `${sent} · ${expiry}`;
}

/**
 * The ticket's satisfaction survey for the side panel (`GET /api/tickets/:id/survey`): a single
 * muted line when no survey was planned; otherwise when it is scheduled / was sent / was answered,
 * which questions it asks, and each answer with its labelled score and comment. Meant to sit
 * inside the side panel's stack; renders nothing while loading so the panel does not jump.
 */
export function TicketSurveyPanel({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const survey = useTicketSurvey(ticketId);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const date = (iso: string) => formatDateTime(iso, language);

  if (survey.isPending) return null;
  if (survey.isError) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('surveys.ticketPanel.loadFailed')}
      </Text>
    );
  }
  const { invitation, responses } = survey.data;
  if (invitation === null && responses.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="ticket-survey-none">
        {t('surveys.ticketPanel.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6} component="section" aria-labelledby={`ticket-survey-${ticketId}`}>
      <Title order={3} size="h6" id={`ticket-survey-${ticketId}`}>
        {t('surveys.ticketPanel.title')}
      </Title>
      {invitation !== null && (
        <>
          <Text size="sm" data-testid="ticket-survey-state">
            {invitationLine(invitation, date, t, new Date())}
          </Text>
          {responses.length === 0 && invitation.kinds.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('surveys.ticketPanel.asked', {
                kinds: invitation.kinds.map((kind) => t(`surveys.kinds.${kind}`)).join(', '),
              })}
            </Text>
          )}
        </>
      )}
      {responses.map((response) => (
        <Stack key={response.kind} gap={2}>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t(`surveys.kinds.${response.kind}`)}
            </Text>
            <ScoreChip kind={response.kind} score={response.score} />
          </Group>
          {response.comment !== null && response.comment.trim() !== '' && (
            <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {response.comment}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
