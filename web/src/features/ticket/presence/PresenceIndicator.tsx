import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials } from '../../../lib/initials';
import type { OtherAgentPresence } from '../../../lib/realtime/presence-store';
import { useTicketPresence } from './use-ticket-presence';

/** "Ana", "Ana y Bruno", "Ana, Bruno y Carla" in the UI language. */
function joinNames(names: string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}

/**
 * Shows, in the ticket header, the other agents who have this ticket open: their avatars and
 * "Ana también está viendo este ticket" / "Ana está respondiendo…", announced politely to screen
 * readers as it changes. Renders an empty live region when nobody else is there. Mounting it also
 * announces the signed-in agent's own presence on the ticket (see `useTicketPresence`).
 */
export function PresenceIndicator({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const { others } = useTicketPresence(ticketId);
  const replying = others.filter((p) => p.state === 'typing');
  const viewing = others.filter((p) => p.state === 'viewing');
  const names = (people: readonly OtherAgentPresence[]) =>
    joinNames(
      people.map((p) => p.agent.name),
      i18n.language,
    );
  const texts: string[] = [];
  if (replying.length === 1) texts.push(t('collision.replyingOne', { name: names(replying) }));
  if (replying.length > 1) texts.push(t('collision.replyingMany', { names: names(replying) }));
  if (viewing.length === 1) texts.push(t('collision.viewingOne', { name: names(viewing) }));
  if (viewing.length > 1) texts.push(t('collision.viewingMany', { names: names(viewing) }));

  return (
    <Group gap="xs" wrap="nowrap" data-testid="presence-indicator" aria-label={t('collision.presenceLabel')}>
      {others.length > 0 && (
        <Avatar.Group spacing="xs">
          {others.map((p) => (
            <Tooltip
              key={p.agent.id}
              label={t(p.state === 'typing' ? 'collision.agentReplying' : 'collision.agentViewing', {
                name: p.agent.name,
              })}
            >
              <Avatar
                size="sm"
                radius="xl"
                color={p.state === 'typing' ? 'orange' : 'gray'}
                aria-hidden
                data-state={p.state}
              >
                {initials(p.agent.name)}
              </Avatar>
            </Tooltip>
          ))}
        </Avatar.Group>
      )}
      <Text size="sm" c={replying.length > 0 ? 'orange.8' : 'dimmed'} role="status" aria-live="polite">
        {texts.join(' · ')}
      </Text>
    </Group>
  );
}
