import { useDisclosure } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import type { Shortcut } from './shortcut-registry';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useShortcuts } from './use-shortcuts';

/**
 * Shortcuts available on every screen of the agent app: `?` opens the help dialog (which lists
 * these plus the current screen's own), `g i` goes to the inbox, `g b` to the board. Mounted once
 * in the navbar; renders the help dialog.
 */
export function GlobalShortcuts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, help] = useDisclosure(false);

  const shortcuts = useMemo<Shortcut[]>(() => {
    const group = t('views.shortcuts.groups.global');
    return [
      { keys: '?', group, description: t('views.shortcuts.help'), run: help.open },
      {
        keys: 'g i',
        group,
        description: t('views.shortcuts.goInbox'),
        run: () => void navigate(paths.inbox),
      },
      {
        keys: 'g b',
        group,
        description: t('views.shortcuts.goBoard'),
        run: () => void navigate(paths.board),
      },
    ];
  }, [t, navigate, help.open]);
  useShortcuts(shortcuts);

  return <ShortcutsHelp opened={opened} onClose={help.close} />;
}
