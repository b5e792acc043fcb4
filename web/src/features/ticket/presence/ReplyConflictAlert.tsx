import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconMessageExclamation } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '../../../ui/RelativeTime';
import type { ReplyConflict } from './use-reply-conflict';

export interface ReplyConflictAlertProps {
  conflict: ReplyConflict;
  sending: boolean;
  onSendAnyway: () => void;
  onReview: () => void;
}

/**
 * Shown above the composer when a reply was refused because others wrote meanwhile: "Llegaron N
 * mensajes nuevos mientras escribías", those messages (author, time, text) so they are read
 * first, and the two ways out: send the kept draft anyway, or review (dismiss; the draft stays and
 * the next send counts them as seen). It takes focus when it appears, which scrolls it into view.
 */
export function ReplyConflictAlert({ conflict, sending, onSendAnyway, onReview }: ReplyConflictAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const count = Math.max(1, conflict.newMessages.length);

  useEffect(() => {
    ref.current?.focus();
  }, [conflict]);

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      variant="light"
      role="alert"
      data-testid="reply-conflict"
      icon={<IconMessageExclamation />}
      title={count === 1 ? t('collision.conflict.titleOne') : t('collision.conflict.titleMany', { count })}
    >
      <Stack gap="xs">
        <Text size="sm">{t('collision.conflict.description')}</Text>
        {conflict.newMessages.length > 0 && (
          <Stack gap={6} role="list" aria-label={t('collision.conflict.newMessages')}>
            {conflict.newMessages.map((message) => (
              <Paper key={message.id} role="listitem" withBorder p="xs" radius="sm" data-testid="new-message">
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {message.author.name}
                  </Text>
                  {message.kind === 'note' && (
                    <Badge size="xs" color="yellow" leftSection={<IconLock size={10} aria-hidden />}>
                      {t('thread.internalNote')}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    <RelativeTime iso={message.createdAt} />
                  </Text>
                </Group>
                <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {message.bodyText}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        <Group gap="xs">
          <Button size="xs" color="orange" loading={sending} onClick={onSendAnyway}>
            {t('collision.conflict.sendAnyway')}
          </Button>
          <Button size="xs" variant="default" disabled={sending} onClick={onReview}>
            {t('collision.conflict.review')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
