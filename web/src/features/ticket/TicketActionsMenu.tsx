import type { Ticket } from '@atiende/contracts';
import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowMerge, IconDotsVertical, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../lib/use-abilities';
import { TrashDialog } from './lifecycle/TrashDialog';
import { MergeDialog } from './relations/MergeDialog';

type Dialog = 'merge' | 'trash' | null;

/**
 * The ticket header's kebab menu: merge with another ticket and move to the trash. Both need the
 * `tickets.manage` ability and a ticket still being worked on (not closed or trashed); otherwise
 * the menu is not shown. Restoring and follow-ups live in the trashed/closed banners.
 */
export function TicketActionsMenu({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { can } = useAbilities();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!can('tickets.manage') || ticket.status === 'closed' || ticket.status === 'trashed') return null;
  const close = () => {
    setDialog(null);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('ticketWork.actions.menu')}>
            <IconDotsVertical size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconArrowMerge size={16} />}
            onClick={() => {
              setDialog('merge');
            }}
          >
            {t('ticketWork.actions.merge')}
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => {
              setDialog('trash');
            }}
          >
            {t('ticketWork.actions.trash')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'merge' && <MergeDialog ticket={ticket} onClose={close} />}
      {dialog === 'trash' && <TrashDialog ticket={ticket} onClose={close} />}
    </>
  );
}
