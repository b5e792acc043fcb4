import { DEFAULT_TICKET_COLUMNS, TicketColumn } from '@atiende/contracts';
import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REQUIRED_COLUMNS } from './inbox-columns';

interface ColumnPickerProps {
  columns: readonly TicketColumn[];
  onChange: (columns: TicketColumn[]) => void;
}

/** Moves the column at `index` one place up (-1) or down (+1). */
export function moveColumn(columns: readonly TicketColumn[], index: number, delta: -1 | 1): TicketColumn[] {
  const next = [...columns];
  const target = index + delta;
  const a = next[index];
  const b = next[target];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[target] = a;
  return next;
}

/**
 * Chooses the list's columns: a checkbox per column (shown ones first, in their order, each with
 * "move up"/"move down" buttons), then the hidden ones. The subject cannot be hidden.
 */
export function ColumnPicker({ columns, onChange }: ColumnPickerProps) {
  const { t } = useTranslation();
  const hidden = TicketColumn.options.filter((column) => !columns.includes(column));

  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          {t('views.columnsButton')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label={t('views.columnsTitle')}>
          <Text fw={600} size="sm">
            {t('views.columnsTitle')}
          </Text>
          {[...columns, ...hidden].map((column) => {
            // One list keyed by column, so a checkbox keeps its DOM node (and focus) when toggled.
            const index = columns.indexOf(column);
            const shown = index >= 0;
            const name = t(`views.columns.${column}`);
            return (
              <Group key={column} justify="space-between" gap="xs" wrap="nowrap">
                <Checkbox
                  label={name}
                  checked={shown}
                  disabled={REQUIRED_COLUMNS.includes(column)}
                  onChange={() => {
                    onChange(shown ? columns.filter((c) => c !== column) : [...columns, column]);
                  }}
                />
                {shown && (
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      aria-label={t('views.moveUp', { column: name })}
                      disabled={index === 0}
                      onClick={() => {
                        onChange(moveColumn(columns, index, -1));
                      }}
                    >
                      <IconArrowUp size={14} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      aria-label={t('views.moveDown', { column: name })}
                      disabled={index === columns.length - 1}
                      onClick={() => {
                        onChange(moveColumn(columns, index, 1));
                      }}
                    >
                      <IconArrowDown size={14} />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            );
          })}
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              onChange([...DEFAULT_TICKET_COLUMNS]);
            }}
          >
            {t('views.resetColumns')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
