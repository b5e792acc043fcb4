import { formatTicketNumber, StatusCategory } from '@atiende/contracts';
import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../../lib/api/endpoints';
import { describeError } from '../../../lib/errors';
import type { SelectedTicket } from '../use-ticket-selection';
import type { BulkFieldsProps } from './bulk-fields';

/** Finds a (non-trashed) ticket by its number with the list search, which matches numbers. */
async function findByNumber(n: number): Promise<SelectedTicket | null> {
  const page = await endpoints.listTickets({ q: String(n), status: [...StatusCategory.options], limit: 50 });
  const found = page.items.find((ticket) => ticket.number === n);
  return found ? { id: found.id, number: found.number, subject: found.subject } : null;
}

const label = (ticket: SelectedTicket) => `${formatTicketNumber(ticket.number)} · ${ticket.subject}`;

/**
 * Merge: the target is one of the selected tickets or any ticket looked up by number; every
 * other selected ticket is merged into it.
 */
export function MergeFields({
  onChange,
  selected,
}: BulkFieldsProps & { selected: readonly SelectedTicket[] }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<SelectedTicket | null>(null);
  const [number, setNumber] = useState('');
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const [notify, setNotify] = useState(false);

  const report = (ticket: SelectedTicket | null, notifyRequesters: boolean) => {
    onChange(ticket ? { type: 'merge', targetTicketId: ticket.id, notifyRequesters } : null);
  };
  const choose = (ticket: SelectedTicket | null) => {
    setTarget(ticket);
    report(ticket, notify);
  };

  const lookUp = async () => {
    const n = Number.parseInt(number.replace(/^#/, ''), 10);
    if (!Number.isInteger(n) || n <= 0) {
      setLookupError(t('views.bulk.mergeInvalidNumber'));
      return;
    }
    setLooking(true);
    setLookupError(null);
    try {
      const found = await findByNumber(n);
      if (found === null) setLookupError(t('views.bulk.mergeNotFound', { number: formatTicketNumber(n) }));
      choose(found);
    } catch (error) {
      setLookupError(describeError(t, error));
    } finally {
      setLooking(false);
    }
  };

  const options = selected.map((ticket) => ({ value: ticket.id, label: label(ticket) }));
  const targetOutsideSelection = target !== null && !selected.some((ticket) => ticket.id === target.id);

  return (
    <Stack>
      <Select
        label={t('views.bulk.mergeTarget')}
        data={options}
        value={target && !targetOutsideSelection ? target.id : null}
        onChange={(value) => {
          choose(selected.find((ticket) => ticket.id === value) ?? null);
        }}
        searchable
        limit={100}
      />
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('views.bulk.mergeByNumber')}
          placeholder="#1234"
          value={number}
          onChange={(event) => {
            setNumber(event.currentTarget.value);
          }}
          error={lookupError}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={() => void lookUp()} loading={looking}>
          {t('views.bulk.mergeLookUp')}
        </Button>
      </Group>
      <Checkbox
        label={t('views.bulk.mergeNotify')}
        checked={notify}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setNotify(checked);
          report(target, checked);
        }}
      />
      {target && (
        <Text size="sm" role="status">
          {t('views.bulk.mergeInto', { ticket: label(target) })}
        </Text>
      )}
    </Stack>
  );
}
