import { DEFAULT_TICKET_TYPES } from '@atiende/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useTicketConfig } from '../ticket-config/use-ticket-config';

type BuiltInType = (typeof DEFAULT_TICKET_TYPES)[number];

function isBuiltIn(key: string): key is BuiltInType {
  return (DEFAULT_TICKET_TYPES as readonly string[]).includes(key);
}

/**
 * Display name of a ticket type key: the workspace's own name for it (archived types included,
 * old tickets still carry them), else the built-in translation, else the key itself.
 */
export function useTypeName(): (key: string) => string {
  const { t } = useTranslation();
  const types = useTicketConfig().data?.types;
  return useCallback(
    (key: string) => {
      const own = types?.find((type) => type.key === key)?.name;
      if (own !== undefined) return own;
      return isBuiltIn(key) ? t(`ticketType.${key}`) : key;
    },
    [types, t],
  );
}
