import { Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeShortcuts, type Shortcut } from './shortcut-registry';
import { ShortcutKeys } from './ShortcutKeys';

function byGroup(shortcuts: readonly Shortcut[]): [string, Shortcut[]][] {
  const groups = new Map<string, Shortcut[]>();
  for (const shortcut of shortcuts) {
    const list = groups.get(shortcut.group) ?? [];
    if (!list.some((existing) => existing.keys === shortcut.keys)) list.push(shortcut);
    groups.set(shortcut.group, list);
  }
  return [...groups.entries()];
}

/**
 * The keyboard-shortcut help dialog: every shortcut active on the current screen, grouped, with
 * its keys and what it does. The list is read when the dialog opens, so it matches the screen.
 */
export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const groups = opened ? byGroup(activeShortcuts()) : [];
  return (
    <Modal opened={opened} onClose={onClose} title={t('views.shortcuts.title')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('views.shortcuts.intro')}
        </Text>
        {groups.map(([group, shortcuts]) => (
          <section key={group} aria-label={group}>
            <Title order={2} size="h5" mb="xs">
              {group}
            </Title>
            <Table verticalSpacing={4}>
              <Table.Tbody>
                {shortcuts.map((shortcut) => (
                  <Table.Tr key={shortcut.keys}>
                    <Table.Td w="40%">
                      <ShortcutKeys keys={shortcut.keys} />
                    </Table.Td>
                    <Table.Td>{shortcut.description}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
      </Stack>
    </Modal>
  );
}
