import { eq } from 'drizzle-orm';
import { DEFAULT_LOCALE, Locale } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { workspaces } from '../../db/schema';

/** Texts Atiende writes on tickets when merging them: notes for agents, notices for customers. */
export interface MergeTexts {
  /** Internal note left on a source ticket. */
  sourceNote: (targetNumber: number) => string;
  /** Internal note on the target listing what came in. */
  targetNote: (sourceNumbers: readonly number[]) => string;
  /** Public notice to a source's requester, on that source. */
  sourceNotice: (sourceNumbers: readonly number[], targetNumber: number) => string;
  /** Public notice to the target's requester. */
  targetNotice: (sourceNumbers: readonly number[]) => string;
}

const list = (numbers: readonly number[]) => numbers.map((n) => `#${n}`).join(', ');

const MERGE_TEXTS: Record<Locale, MergeTexts> = {
  es: {
    sourceNote: (t) => `Este ticket se fusionó con el #${t}. La conversación continúa allí.`,
    targetNote: (s) => `Se fusionaron en este ticket: ${list(s)}.`,
    sourceNotice: (s, t) =>
      `Hola:\n\nUnimos tu consulta ${list(s)} con el ticket #${t} para atenderla en un solo lugar. ` +
      `Seguiremos la conversación en el ticket #${t}.`,
    targetNotice: (s) =>
      `Hola:\n\nUnimos a este ticket las consultas relacionadas ${list(s)} para atenderlas en un solo lugar. ` +
      `Seguiremos la conversación aquí.`,
  },
  en: {
    sourceNote: (t) => `This ticket was merged into #${t}. The conversation continues there.`,
    targetNote: (s) => `Merged into this ticket: ${list(s)}.`,
    sourceNotice: (s, t) =>
      `Hi,\n\nWe merged your request ${list(s)} into ticket #${t} so we can handle it in one place. ` +
      `We will continue the conversation on ticket #${t}.`,
    targetNotice: (s) =>
      `Hi,\n\nWe merged the related requests ${list(s)} into this ticket so we can handle them in one place. ` +
      `We will continue the conversation here.`,
  },
  'pt-BR': {
    sourceNote: (t) => `Este chamado foi mesclado ao #${t}. A conversa continua lá.`,
    targetNote: (s) => `Mesclados neste chamado: ${list(s)}.`,
    sourceNotice: (s, t) =>
      `Olá,\n\nUnimos sua solicitação ${list(s)} ao chamado #${t} para tratá-la em um só lugar. ` +
      `Continuaremos a conversa no chamado #${t}.`,
    targetNotice: (s) =>
      `Olá,\n\nUnimos a este chamado as solicitações relacionadas ${list(s)} para tratá-las em um só lugar. ` +
      `Continuaremos a conversa aqui.`,
  },
};

/** The merge texts in the workspace's language (`workspaces.default_locale`), Spanish by default. */
export async function mergeTextsFor(db: DbOrTx, workspaceId: string): Promise<MergeTexts> {
  const [row] = await db
    .select({ locale: workspaces.defaultLocale })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  const parsed = Locale.safeParse(row?.locale);
  return MERGE_TEXTS[parsed.success ? parsed.data : DEFAULT_LOCALE];
}
