import { Group, Kbd, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A shortcut's keys as keyboard caps: `Shift+A` → [Shift] + [A]; `g i` → [g] then [i]. The
 * "then" between the strokes of a sequence is translated.
 */
export function ShortcutKeys({ keys }: { keys: string }) {
  const { t } = useTranslation();
  const strokes = keys.trim().split(/\s+/);
  return (
    <Group gap={4} wrap="nowrap">
      {strokes.map((stroke, index) => (
        <Fragment key={`${stroke}-${String(index)}`}>
          {index > 0 && (
            <Text span size="xs" c="dimmed">
              {t('views.shortcuts.then')}
            </Text>
          )}
          {stroke.split('+').map((part, partIndex) => (
            <Fragment key={`${part}-${String(partIndex)}`}>
              {partIndex > 0 && (
                <Text span size="xs" c="dimmed">
                  +
                </Text>
              )}
              <Kbd size="sm">{part}</Kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </Group>
  );
}
