import { Button, Center, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  /** Shows "no more results" once everything is loaded (only useful for long lists). */
  showEnd?: boolean;
}

/**
 * Footer of a keyset-paginated list: a "load more" button that also triggers by itself when it
 * scrolls into view (infinite scroll) where IntersectionObserver exists.
 */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage, showEnd = false }: LoadMoreProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const canLoad = hasNextPage && !isFetchingNextPage;

  useEffect(() => {
    const element = ref.current;
    if (!canLoad || element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) fetchNextPage();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [canLoad, fetchNextPage]);

  if (!hasNextPage) {
    return showEnd ? (
      <Text c="dimmed" size="sm" ta="center" py="md">
        {t('common.endOfList')}
      </Text>
    ) : null;
  }
  return (
    <Center py="md" ref={ref}>
      <Button variant="default" loading={isFetchingNextPage} onClick={() => fetchNextPage()}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
