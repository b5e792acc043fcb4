import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneGroups, zoneLabel } from './time-zones';

interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  error: string | undefined;
}

/** A searchable select of IANA time zones with today's UTC offset, Latin American zones first. */
export function TimeZoneSelect({ value, onChange, error }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  // Built once per mount: ~430 zones, each with a formatted offset.
  const data = useMemo(() => {
    const groups = timeZoneGroups(value);
    const item = (zone: string) => ({ value: zone, label: zoneLabel(zone) });
    return [
      { group: t('sla.calendarForm.zonesLatinAmerica'), items: groups.latinAmerica.map(item) },
      { group: t('sla.calendarForm.zonesOthers'), items: groups.others.map(item) },
    ];
    // The saved zone is added when the form opens; later picks come from the list itself.
  }, [t]);
  return (
    <Select
      label={t('sla.calendarForm.timeZone')}
      required
      searchable
      data={data}
      value={value}
      onChange={(zone) => {
        if (zone !== null) onChange(zone);
      }}
      allowDeselect={false}
      limit={60}
      nothingFoundMessage={t('sla.calendarForm.noZone')}
      error={error}
    />
  );
}
