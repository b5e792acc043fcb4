import type { Message } from '@atiende/contracts';
import {
  ActionIcon,
  Anchor,
  Avatar,
  Badge,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Typography,
} from '@mantine/core';
import { IconArrowsSplit, IconDotsVertical, IconLock, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../lib/i18n/dates';
import { initials } from '../../lib/initials';
import { RelativeTime } from '../../ui/RelativeTime';
import { DeliveryStatus } from './DeliveryStatus';
import classes from './ThreadMessage.module.css';

/**
 * One message of a ticket's conversation. Internal notes are set apart (yellow background, lock,
 * "Internal note" label) so agents never mistake them for what the customer sees. `bodyHtml` is
 * rendered as HTML because the server sanitizes it; plain text is the fallback. With `onSplit` the
 * message gets an actions menu offering "Dividir en un ticket nuevo" (never on the first message).
 */
export function ThreadMessage({ message, onSplit }: { message: Message; onSplit?: () => void }) {
  const { t, i18n } = useTranslation();
  const isNote = message.kind === 'note';
  const fromCustomer = message.author.type === 'contact';
  const className = [classes.message, isNote ? classes.note : fromCustomer ? classes.fromCustomer : '']
    .filter(Boolean)
    .join(' ');
  const label = isNote
    ? t('thread.internalNote')
    : fromCustomer
      ? t('thread.customerMessage')
      : t('thread.publicReply');

  return (
    <Paper
      component="article"
      p="md"
      radius="md"
      className={className}
      data-testid="thread-message"
      data-kind={message.kind}
    >
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Avatar radius="xl" size="sm" color={fromCustomer ? 'blue' : 'teal'}>
            {initials(message.author.name)}
          </Avatar>
          <div>
            <Text size="sm" fw={600}>
              {message.author.name}
            </Text>
            <Text size="xs" c="dimmed">
              <RelativeTime iso={message.createdAt} />
              {' · '}
              {t('thread.via', { channel: t(`channel.${message.channel}`) })}
            </Text>
            {message.email?.delivery && <DeliveryStatus delivery={message.email.delivery} />}
          </div>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Badge
            variant={isNote ? 'filled' : 'light'}
            color={isNote ? 'yellow.7' : fromCustomer ? 'blue' : 'teal'}
            leftSection={isNote ? <IconLock size={12} aria-hidden /> : undefined}
            radius="sm"
          >
            {label}
          </Badge>
          {onSplit && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('ticketWork.split.menu')}>
                  <IconDotsVertical size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconArrowsSplit size={14} />} onClick={onSplit}>
                  {t('ticketWork.split.action')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      {message.bodyHtml.trim() !== '' ? (
        <Typography className={classes.htmlBody}>
          <div dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
        </Typography>
      ) : (
        <Text className={classes.plainBody} size="sm">
          {message.bodyText}
        </Text>
      )}
      {message.attachments.length > 0 && (
        <Stack
          gap={2}
          mt="sm"
          component="ul"
          style={{ listStyle: 'none', padding: 0 }}
          aria-label={t('thread.attachments')}
        >
          {message.attachments.map((attachment) => (
            <li key={attachment.id}>
              <Anchor
                href={attachment.url}
                download={attachment.filename}
                size="sm"
                aria-label={t('thread.download', { name: attachment.filename })}
              >
                <Group gap={4} component="span" wrap="nowrap">
                  <IconPaperclip size={14} aria-hidden />
                  {attachment.filename}
                  <Text span size="xs" c="dimmed">
                    ({formatFileSize(attachment.size, i18n.resolvedLanguage ?? i18n.language)})
                  </Text>
                </Group>
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
