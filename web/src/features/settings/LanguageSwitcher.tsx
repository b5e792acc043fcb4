import { ActionIcon, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n/i18n';
import { LANGUAGE_ENDONYMS, SUPPORTED_LANGUAGES } from '../../lib/i18n/languages';

/**
 * Header menu to switch the UI language. i18next's detector persists the choice in localStorage,
 * so it survives reloads; each option is named in its own language and marked with `lang`.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n);

  return (
    <Menu position="bottom-end" withArrow shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('header.language')}>
          <IconLanguage size={20} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.language')}</Menu.Label>
        {SUPPORTED_LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            aria-current={language === active ? 'true' : undefined}
            rightSection={language === active ? <IconCheck size={14} /> : null}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {LANGUAGE_ENDONYMS[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
