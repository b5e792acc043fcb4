import { TicketPriority, type SlaTarget } from '@atiende/contracts';
import { Group, Input, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TARGET_FIELDS,
  targetPath,
  type DurationDraft,
  type TargetPath,
  type TargetsDraft,
} from './targets-form';

interface TargetsEditorProps {
  value: TargetsDraft;
  onChange: (next: TargetsDraft) => void;
  /** Messages per cell, keyed by issue path (`targets.high.resolutionMinutes`). */
  errors: Partial<Record<TargetPath, string>>;
}

/** One cell: hours and minutes inputs side by side, labelled with the priority and the metric. */
function DurationCell({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: DurationDraft;
  error: string | undefined;
  onChange: (next: DurationDraft) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const describedBy = error === undefined ? undefined : errorId;
  const unit = (text: string) => (
    <Text size="xs" c="dimmed" aria-hidden>
      {text}
    </Text>
  );
  return (
    <div>
      <Group gap={4} wrap="nowrap">
        <Input
          aria-label={t('sla.targets.hoursOf', { cell: label })}
          inputMode="numeric"
          size="xs"
          w={72}
          value={value.hours}
          rightSection={unit(t('sla.targets.h'))}
          error={error !== undefined}
          withAria={false}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange({ ...value, hours: event.currentTarget.value });
          }}
        />
        <Input
          aria-label={t('sla.targets.minutesOf', { cell: label })}
          inputMode="numeric"
          size="xs"
          w={72}
          value={value.minutes}
          rightSection={unit(t('sla.targets.min'))}
          error={error !== undefined}
          withAria={false}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange({ ...value, minutes: event.currentTarget.value });
          }}
        />
      </Group>
      {error !== undefined && (
        <Input.Error mt={2} id={errorId}>
          {error}
        </Input.Error>
      )}
    </div>
  );
}

/**
 * The targets table: one row per priority, one column per metric (first response, next response,
 * resolution), each cell hours + minutes of business time. Empty cells are not tracked.
 */
export function TargetsEditor({ value, onChange, errors }: TargetsEditorProps) {
  const { t } = useTranslation();
  const setCell = (priority: TicketPriority, field: keyof SlaTarget, next: DurationDraft) => {
    onChange({ ...value, [priority]: { ...value[priority], [field]: next } });
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing={6} aria-label={t('sla.targets.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sla.targets.priority')}</Table.Th>
            {TARGET_FIELDS.map(({ metric }) => (
              <Table.Th key={metric}>{t(`sla.metrics.${metric}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {TicketPriority.options.map((priority) => (
            <Table.Tr key={priority}>
              <Table.Th scope="row" fw={500}>
                {t(`priority.${priority}`)}
              </Table.Th>
              {TARGET_FIELDS.map(({ metric, field }) => (
                <Table.Td key={metric}>
                  <DurationCell
                    label={t('sla.targets.cell', {
                      metric: t(`sla.metrics.${metric}`),
                      priority: t(`priority.${priority}`),
                    })}
                    value={value[priority][field]}
                    error={errors[targetPath(priority, field)]}
                    onChange={(next) => {
                      setCell(priority, field, next);
                    }}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
