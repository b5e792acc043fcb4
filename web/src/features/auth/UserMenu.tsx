import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { initials } from '../../lib/initials';
import { useSession } from '../../lib/session-context';
import { useLogout } from './use-auth';

/** Avatar button with the signed-in agent's name, email and role, and "sign out". */
export function UserMenu() {
  const { t } = useTranslation();
  const { agent } = useSession();
  const logout = useLogout();

  return (
    <Menu position="bottom-end" withArrow shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu')}>
          <Avatar color="teal" radius="xl" size="md">
            {initials(agent.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {agent.name}
          </Text>
          <Text size="xs" c="dimmed">
            {agent.email}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`roles.${agent.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={() => {
            logout.mutate();
          }}
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
