import type { SlaRecomputeRun } from '@atiende/contracts';
import { useState, type SubmitEvent } from 'react';
import { notifySuccess } from '../../ui/notify';
import { useSlaMutation } from './use-sla-settings';

interface SlaFormOptions<D, B, F extends string, P, R> {
  initial: () => D;
  /** The local checks: the request body, or what is wrong per field (nothing is sent then). */
  build: (draft: D) => { body: B } | { problems: Partial<Record<F, P>> };
  /** Creates or updates; the answer may carry a recompute of open tickets. */
  send: (body: B) => Promise<R>;
  /** The success notification for the saved item. */
  savedMessage: (result: R) => string;
  onRecompute: (run: SlaRecomputeRun) => void;
  onClose: () => void;
}

/**
 * The draft, local problems and save shared by the SLA calendar and policy forms. Any edit clears
 * the local problems; `submit` runs the local checks first and sends only a valid body; a successful
 * save is announced, hands over the recompute it started (if any) and closes the form.
 */
export function useSlaForm<D, B, F extends string, P, R extends { recompute: SlaRecomputeRun | null }>({
  initial,
  build,
  send,
  savedMessage,
  onRecompute,
  onClose,
}: SlaFormOptions<D, B, F, P, R>) {
  const save = useSlaMutation(send);
  const [draft, setDraft] = useState<D>(initial);
  const [local, setLocal] = useState<Partial<Record<F, P>>>({});
  const update = (patch: Partial<D>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setLocal({});
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const built = build(draft);
    if ('problems' in built) {
      setLocal(built.problems);
      return;
    }
    save.mutate(built.body, {
      onSuccess: (result) => {
        notifySuccess(savedMessage(result));
        if (result.recompute !== null) onRecompute(result.recompute);
        onClose();
      },
    });
  };
  return { draft, local, update, save, submit };
}
