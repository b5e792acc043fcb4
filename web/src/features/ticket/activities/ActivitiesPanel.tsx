import type { Activity } from '@atiende/contracts';
import { Button, Collapse, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { notifySuccess } from '../../../ui/notify';
import { ActivityForm, type ActivityDraft } from './ActivityForm';
import { ActivityRow } from './ActivityRow';
import { useActivities, useActivityMutations } from './use-activities';

const byDue = (a: Activity, b: Activity) => a.dueAt.localeCompare(b.dueAt);
const listStyle = { listStyle: 'none', padding: 0, margin: 0 };

/**
 * The ticket's follow-up activities: pending ones by due date (overdue in red), done ones collapsed
 * below; add (title, kind, due, owner — me by default), edit, delete and mark done/undone.
 * `readOnly` hides every change (no write ability, or a closed/trashed ticket).
 */
export function ActivitiesPanel({ ticketId, readOnly }: { ticketId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const activities = useActivities(ticketId);
  const { create, update, remove } = useActivityMutations(ticketId);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [showDone, setShowDone] = useState(false);

  const list = activities.data ?? [];
  const pending = list.filter((a) => a.doneAt === null).sort(byDue);
  const done = list.filter((a) => a.doneAt !== null).sort(byDue);

  const add = (draft: ActivityDraft) => {
    create.mutate(draft, {
      onSuccess: () => {
        setAdding(false);
      },
    });
  };
  const save = (id: string, draft: ActivityDraft) => {
    update.mutate(
      { id, body: draft },
      {
        onSuccess: () => {
          setEditingId(null);
        },
      },
    );
  };
  const row = (activity: Activity) =>
    editingId === activity.id ? (
      <li key={activity.id}>
        <ActivityForm
          initial={activity}
          submitting={update.isPending}
          onSubmit={(draft) => {
            save(activity.id, draft);
          }}
          onCancel={() => {
            setEditingId(null);
          }}
        />
      </li>
    ) : (
      <ActivityRow
        key={activity.id}
        activity={activity}
        disabled={readOnly}
        onToggleDone={(isDone) => {
          update.mutate({ id: activity.id, body: { done: isDone } });
        }}
        onEdit={() => {
          setEditingId(activity.id);
        }}
        onDelete={() => {
          remove.mutate(activity.id, {
            onSuccess: () => {
              notifySuccess(t('ticketWork.activities.removed'));
            },
          });
        }}
      />
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ticket-activities-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="ticket-activities-title">
          {t('ticketWork.activities.title')}
        </Title>
        {activities.isError && (
          <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />
        )}
        {activities.isSuccess && pending.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ticketWork.activities.empty')}
          </Text>
        )}
        <Stack gap="xs" component="ul" style={listStyle} aria-label={t('ticketWork.activities.title')}>
          {pending.map(row)}
        </Stack>
        {adding ? (
          <ActivityForm
            submitting={create.isPending}
            onSubmit={add}
            onCancel={() => {
              setAdding(false);
            }}
          />
        ) : (
          !readOnly && (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => {
                setAdding(true);
              }}
            >
              {t('ticketWork.activities.add')}
            </Button>
          )
        )}
        {done.length > 0 && (
          <>
            <Button
              variant="subtle"
              size="compact-xs"
              color="gray"
              aria-expanded={showDone}
              onClick={() => {
                setShowDone((open) => !open);
              }}
            >
              {t('ticketWork.activities.done', { count: done.length })}
            </Button>
            <Collapse in={showDone}>
              <Stack gap="xs" component="ul" style={listStyle}>
                {done.map(row)}
              </Stack>
            </Collapse>
          </>
        )}
      </Stack>
    </Paper>
  );
}
