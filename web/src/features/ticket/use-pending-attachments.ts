import type { Attachment } from '@atiende/contracts';
import { useCallback, useMemo, useState } from 'react';
import { endpoints } from '../../lib/api/endpoints';

export interface PendingAttachment {
  /** Local identity while uploading (the server id only exists afterwards). */
  key: string;
  file: File;
  status: 'uploading' | 'done' | 'error';
  attachment?: Attachment;
  error?: unknown;
}

let nextKey = 0;

/**
 * Files attached in the composer. Each file is uploaded to /api/attachments as soon as it is chosen,
 * so sending only needs the resulting `attachmentIds`; failed uploads stay listed (with their error)
 * until removed.
 */
export function usePendingAttachments() {
  const [items, setItems] = useState<PendingAttachment[]>([]);

  const update = useCallback((key: string, patch: Partial<PendingAttachment>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file): PendingAttachment => {
        nextKey += 1;
        return { key: `file-${nextKey}`, file, status: 'uploading' };
      });
      setItems((current) => [...current, ...added]);
      for (const item of added) {
        endpoints.uploadAttachment(item.file).then(
          (attachment) => {
            update(item.key, { status: 'done', attachment });
          },
          (error: unknown) => {
            update(item.key, { status: 'error', error });
          },
        );
      }
    },
    [update],
  );

  const remove = useCallback((key: string) => {
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  const clear = useCallback(() => {
    setItems([]);
  }, []);

  const attachmentIds = useMemo(
    () => items.flatMap((item) => (item.attachment ? [item.attachment.id] : [])),
    [items],
  );
  const uploading = items.some((item) => item.status === 'uploading');

  return { items, add, remove, clear, attachmentIds, uploading };
}
