import type { Ticket } from '@atiende/contracts';
import { Button, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-context';
import { useAgents, useTeams } from '../settings/use-directory';
import { useUpdateTicket } from './use-ticket';

/**
 * Assignee (active agents, plus the current one even if deactivated, with "assign to me") and team
 * selects, each saved on change with the new name shown at once.
 */
export function AssignmentFields({ ticket, disabled }: { ticket: Ticket; disabled: boolean }) {
  const { t } = useTranslation();
  const { agent: me } = useSession();
  const agents = useAgents().data ?? [];
  const teams = useTeams().data ?? [];
  const update = useUpdateTicket(ticket.id);

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
    <>
      <div>
        <Select
          label={t('ticket.fields.assignee')}
          placeholder={t('ticket.unassigned')}
          data={assigneeOptions}
          value={ticket.assignee?.id ?? null}
          clearable
          searchable
          disabled={disabled}
          onChange={(value) => {
            if (value !== (ticket.assignee?.id ?? null)) assign(value);
          }}
        />
        {!disabled && ticket.assignee?.id !== me.id && (
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
        disabled={disabled}
        onChange={(teamId) => {
          if (teamId === (ticket.team?.id ?? null)) return;
          const name = teamOptions.find((o) => o.value === teamId)?.label ?? '';
          update.mutate({
            input: { teamId },
            optimistic: { team: teamId === null ? null : { id: teamId, name } },
          });
        }}
      />
    </>
  );
}
