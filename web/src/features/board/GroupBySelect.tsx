import { BoardGroupBy } from '@atiende/contracts';
import { Select } from '@mantine/core';
import { IconLayoutColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { activeOnly, useTicketConfig } from '../ticket-config/use-ticket-config';

interface GroupBySelectProps {
  value: BoardGroupBy;
  onChange: (value: BoardGroupBy) => void;
}

/**
 * What the columns are: the ticket status, or the options of any active dropdown custom field
 * (e.g. "Módulo"), in which case a drop sets that field.
 */
export function GroupBySelect({ value, onChange }: GroupBySelectProps) {
  const { t } = useTranslation();
  const fields = activeOnly(useTicketConfig().data?.customFields ?? []).filter(
    (field) => field.kind === 'dropdown',
  );
  const data = [
    { value: 'status', label: t('board.groupByStatus') },
    ...fields.map((field) => ({ value: `field:${field.id}`, label: field.name })),
  ];
  return (
    <Select
      label={t('board.groupBy')}
      leftSection={<IconLayoutColumns size={16} />}
      data={data}
      value={data.some((option) => option.value === value) ? value : 'status'}
      onChange={(next) => {
        const parsed = BoardGroupBy.safeParse(next);
        onChange(parsed.success ? parsed.data : 'status');
      }}
      allowDeselect={false}
      w={240}
      maw="100%"
    />
  );
}
