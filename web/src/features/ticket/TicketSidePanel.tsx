import {
  DEFAULT_TICKET_TYPES,
  StatusCategory,
  TicketPriority,
  TicketType,
  type Ticket,
} from '@atiende/contracts';
import { Anchor, Button, Divider, Paper, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session-context';
import { useAbilities } from '../../lib/use-abilities';
import { RelativeTime } from '../../ui/RelativeTime';
import { useAgents, useTeams } from '../settings/use-directory';
import { useUpdateTicket } from './use-ticket';

/** Normalises typed tags the way the server stores them: trimmed, lower-case, unique. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''))];
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      {children}
    </div>
  );
}

/**
 * The ticket's properties, each saved immediately on change (PATCH): status, priority, type,
 * assignee (active agents), team and tags; plus links to the requester and company. Editing needs
 * the `tickets.write` ability; without it the panel is read-only.
 */
export function TicketSidePanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { agent: me } = useSession();
  const { can } = useAbilities();
  const agents = useAgents().data ?? [];
  const teams = useTeams().data ?? [];
  const update = useUpdateTicket(ticket.id);
  const readOnly = !can('tickets.write');

  const assigneeOptions = agents
    .filter((agent) => agent.active || agent.id === ticket.assignee?.id)
    .map((agent) => ({ value: agent.id, label: agent.name }));
  if (ticket.assignee && !assigneeOptions.some((o) => o.value === ticket.assignee?.id)) {
    assigneeOptions.push({ value: ticket.assignee.id, label: ticket.assignee.name });
  }
  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }));
  if (ticket.team && !teamOptions.some((o) => o.value === ticket.team?.id)) {
    teamOptions.push({ value: ticket.team.id, label: ticket.team.name });
  }

  const assign = (assigneeId: string | null) => {
    const name = assigneeOptions.find((o) => o.value === assigneeId)?.label ?? me.name;
    update.mutate({
      input: { assigneeId },
      optimistic: { assignee: assigneeId === null ? null : { id: assigneeId, name } },
    });
  };

  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="ticket-details-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="ticket-details-title">
          {t('ticket.details')}
        </Title>
        <Select
          label={t('ticket.fields.status')}
          data={StatusCategory.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={ticket.status}
          allowDeselect={false}
          disabled={readOnly}
          onChange={(value) => {
            const status = StatusCategory.safeParse(value);
            if (status.success && status.data !== ticket.status) {
              update.mutate({ input: { status: status.data }, optimistic: { status: status.data } });
            }
          }}
        />
        <Select
          label={t('ticket.fields.priority')}
          data={TicketPriority.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          value={ticket.priority}
          allowDeselect={false}
          disabled={readOnly}
          onChange={(value) => {
            const priority = TicketPriority.safeParse(value);
            if (priority.success && priority.data !== ticket.priority) {
              update.mutate({ input: { priority: priority.data }, optimistic: { priority: priority.data } });
            }
          }}
        />
        <Select
          label={t('ticket.fields.type')}
          placeholder={t('ticket.noType')}
          data={DEFAULT_TICKET_TYPES.map((ty) => ({ value: ty, label: t(`ticketType.${ty}`) }))}
          value={ticket.type}
          clearable
          disabled={readOnly}
          onChange={(value) => {
            const parsed = TicketType.safeParse(value);
            const type = parsed.success ? parsed.data : null;
            if (type !== ticket.type) update.mutate({ input: { type }, optimistic: { type } });
          }}
        />
        <div>
          <Select
            label={t('ticket.fields.assignee')}
            placeholder={t('ticket.unassigned')}
            data={assigneeOptions}
            value={ticket.assignee?.id ?? null}
            clearable
            searchable
            disabled={readOnly}
            onChange={(value) => {
              if (value !== (ticket.assignee?.id ?? null)) assign(value);
            }}
          />
          {!readOnly && ticket.assignee?.id !== me.id && (
            <Button
              variant="subtle"
              size="compact-xs"
              mt={4}
              onClick={() => {
                assign(me.id);
              }}
            >
              {t('ticket.assignToMe')}
            </Button>
          )}
        </div>
        <Select
          label={t('ticket.fields.team')}
          placeholder={t('ticket.noTeam')}
          data={teamOptions}
          value={ticket.team?.id ?? null}
          clearable
          disabled={readOnly}
          onChange={(teamId) => {
            if (teamId === (ticket.team?.id ?? null)) return;
            const name = teamOptions.find((o) => o.value === teamId)?.label ?? '';
            update.mutate({
              input: { teamId },
              optimistic: { team: teamId === null ? null : { id: teamId, name } },
            });
          }}
        />
        <TagsInput
          label={t('ticket.fields.tags')}
          placeholder={readOnly ? undefined : t('ticket.tagsPlaceholder')}
          value={ticket.tags}
          disabled={readOnly}
          clearable
          onChange={(value) => {
            const tags = normalizeTags(value);
            if (tags.join('\n') !== ticket.tags.join('\n')) {
              update.mutate({ input: { tags }, optimistic: { tags } });
            }
          }}
        />
        <Divider />
        <Field label={t('ticket.fields.requester')}>
          <Anchor component={Link} to={paths.contact(ticket.requester.id)} size="sm" fw={500}>
            {ticket.requester.name}
          </Anchor>
          {ticket.requester.email !== null && (
            <Text size="xs" c="dimmed">
              {ticket.requester.email}
            </Text>
          )}
        </Field>
        <Field label={t('ticket.fields.company')}>
          {ticket.company ? (
            <Anchor component={Link} to={paths.company(ticket.company.id)} size="sm" fw={500}>
              {ticket.company.name}
            </Anchor>
          ) : (
            <Text size="sm">{t('ticket.noCompany')}</Text>
          )}
        </Field>
        <Field label={t('ticket.fields.channel')}>
          <Text size="sm">{t(`channel.${ticket.channel}`)}</Text>
        </Field>
        <Field label={t('ticket.fields.createdAt')}>
          <Text size="sm">
            <RelativeTime iso={ticket.createdAt} />
          </Text>
        </Field>
        <Field label={t('ticket.fields.updatedAt')}>
          <Text size="sm">
            <RelativeTime iso={ticket.updatedAt} />
          </Text>
        </Field>
      </Stack>
    </Paper>
  );
}
