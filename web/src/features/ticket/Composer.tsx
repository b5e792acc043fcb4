import type { MessageKind } from '@atiende/contracts';
import {
  ActionIcon,
  Alert,
  Button,
  FileButton,
  Group,
  Loader,
  Paper,
  Pill,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconLock, IconPaperclip, IconSend } from '@tabler/icons-react';
import { useState, type SubmitEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { ReplyConflictAlert } from './presence/ReplyConflictAlert';
import { isTicketChanged, useReplyConflict } from './presence/use-reply-conflict';
import { useTicketPresence } from './presence/use-ticket-presence';
import { usePendingAttachments } from './use-pending-attachments';
import { useSendMessage } from './use-ticket';

/** True for the "send" shortcut: Ctrl+Enter (Cmd+Enter on macOS). */
export function isSendShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/**
 * Writes a public reply (to the customer) or an internal note (agents only) on a ticket, with
 * attachments uploaded beforehand. Ctrl+Enter sends. On success the text and files are cleared and
 * the message appears in the thread; on failure they are kept and the error is shown.
 * Collision detection: typing tells the other agents on the ticket "X is replying", and every
 * message carries `lastSeenMessageId` (the newest message when the draft started). If others wrote
 * since, the server refuses (409 `ticket_changed`): the draft is kept, the thread refreshed, and
 * the new messages are shown above the composer with "send anyway" and "review".
 */
export function Composer({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MessageKind>('reply');
  const [text, setText] = useState('');
  const attachments = usePendingAttachments();
  const send = useSendMessage(ticketId);
  const presence = useTicketPresence(ticketId);
  const collision = useReplyConflict(ticketId);

  const isNote = kind === 'note';
  const hasContent = text.trim() !== '' || attachments.attachmentIds.length > 0;
  const canSend = hasContent && !attachments.uploading && !send.isPending;

  const deliver = (ignoreNewMessages: boolean) => {
    send.mutate(
      {
        kind,
        bodyText: text.trim(),
        attachmentIds: attachments.attachmentIds,
        lastSeenMessageId: collision.lastSeen(),
        ...(ignoreNewMessages ? { ignoreNewMessages: true } : {}),
      },
      {
        onSuccess: () => {
          setText('');
          attachments.clear();
          collision.sent();
        },
        onError: (error) => {
          if (isTicketChanged(error)) void collision.refused();
        },
      },
    );
  };

  const submit = (event?: SubmitEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    deliver(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendShortcut(event)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Paper
      component="form"
      onSubmit={submit}
      data-testid="composer"
      withBorder
      p="sm"
      radius="md"
      bg={isNote ? 'yellow.0' : undefined}
      style={isNote ? { borderColor: 'var(--mantine-color-yellow-4)' } : undefined}
    >
      <Stack gap="xs">
        {collision.conflict && (
          <ReplyConflictAlert
            conflict={collision.conflict}
            sending={send.isPending}
            onSendAnyway={() => {
              if (canSend) deliver(true);
            }}
            onReview={collision.review}
          />
        )}
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            size="xs"
            aria-label={t('composer.mode')}
            value={kind}
            onChange={(value) => {
              setKind(value === 'note' ? 'note' : 'reply');
            }}
            data={[
              { value: 'reply', label: t('composer.reply') },
              { value: 'note', label: t('composer.note') },
            ]}
          />
          {isNote && (
            <Group gap={4} c="yellow.9">
              <IconLock size={14} aria-hidden />
              <Text size="xs">{t('composer.noteVisibility')}</Text>
            </Group>
          )}
        </Group>
        <Textarea
          aria-label={t('composer.label')}
          placeholder={isNote ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
          autosize
          minRows={4}
          maxRows={16}
          value={text}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            collision.draftChanged(value.trim() === '' && attachments.attachmentIds.length === 0);
            presence.reportTyping();
          }}
          onKeyDown={onKeyDown}
        />
        {attachments.items.length > 0 && (
          <Group gap="xs" role="list" aria-label={t('composer.attachments')}>
            {attachments.items.map((item) => (
              <Pill
                key={item.key}
                role="listitem"
                size="md"
                withRemoveButton
                removeButtonProps={{ 'aria-label': t('composer.removeAttachment', { name: item.file.name }) }}
                onRemove={() => {
                  attachments.remove(item.key);
                }}
                c={item.status === 'error' ? 'red' : undefined}
              >
                <Group gap={4} wrap="nowrap" component="span">
                  {item.status === 'uploading' && (
                    <Loader size={10} aria-label={t('composer.uploading', { name: item.file.name })} />
                  )}
                  {item.status === 'error' && <IconAlertTriangle size={12} aria-hidden />}
                  {item.file.name}
                </Group>
              </Pill>
            ))}
          </Group>
        )}
        {attachments.items
          .filter((item) => item.status === 'error')
          .map((item) => (
            <Text key={item.key} size="xs" c="red" role="alert">
              {t('composer.uploadFailed', { name: item.file.name })}: {describeError(t, item.error)}
            </Text>
          ))}
        {send.isError && !isTicketChanged(send.error) && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="alert" py="xs">
            {t('composer.sendFailed')}: {describeError(t, send.error)}
          </Alert>
        )}
        <Group justify="space-between">
          <FileButton onChange={attachments.add} multiple>
            {(props) => (
              <Tooltip label={t('composer.attach')}>
                <ActionIcon
                  {...props}
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('composer.attach')}
                >
                  <IconPaperclip size={18} />
                </ActionIcon>
              </Tooltip>
            )}
          </FileButton>
          <Group gap="sm">
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {t('composer.shortcut')}
            </Text>
            <Button
              type="submit"
              color={isNote ? 'yellow.8' : undefined}
              rightSection={<IconSend size={16} />}
              loading={send.isPending}
              disabled={!canSend}
            >
              {t('composer.send')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
