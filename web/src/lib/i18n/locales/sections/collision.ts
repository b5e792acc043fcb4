import type { LocaleResource } from '../es';

/**
 * Texts of one feature in the three languages, kept together so the feature's owner edits one file.
 * Spanish is the reference shape; en and pt-BR are typed against it.
 */
const es = {
  title: 'Colisiones',
  presenceLabel: 'Otros agentes en este ticket',
  viewingOne: '{{name}} también está viendo este ticket',
  viewingMany: '{{names}} también están viendo este ticket',
  replyingOne: '{{name}} está respondiendo…',
  replyingMany: '{{names}} están respondiendo…',
  agentViewing: '{{name}}: viendo',
  agentReplying: '{{name}}: respondiendo',
  conflict: {
    titleOne: 'Llegó 1 mensaje nuevo mientras escribías',
    titleMany: 'Llegaron {{count}} mensajes nuevos mientras escribías',
    description: 'Léelo antes de enviar: tu borrador se conserva.',
    newMessages: 'Mensajes nuevos',
    sendAnyway: 'Enviar de todos modos',
    review: 'Revisar',
  },
};

const en: LocaleResource<typeof es> = {
  title: 'Collisions',
  presenceLabel: 'Other agents on this ticket',
  viewingOne: '{{name}} is also viewing this ticket',
  viewingMany: '{{names}} are also viewing this ticket',
  replyingOne: '{{name}} is replying…',
  replyingMany: '{{names}} are replying…',
  agentViewing: '{{name}}: viewing',
  agentReplying: '{{name}}: replying',
  conflict: {
    titleOne: '1 new message arrived while you were writing',
    titleMany: '{{count}} new messages arrived while you were writing',
    description: 'Read it before sending: your draft is kept.',
    newMessages: 'New messages',
    sendAnyway: 'Send anyway',
    review: 'Review',
  },
};

const ptBR: LocaleResource<typeof es> = {
  title: 'Colisões',
  presenceLabel: 'Outros agentes neste ticket',
  viewingOne: '{{name}} também está vendo este ticket',
  viewingMany: '{{names}} também estão vendo este ticket',
  replyingOne: '{{name}} está respondendo…',
  replyingMany: '{{names}} estão respondendo…',
  agentViewing: '{{name}}: vendo',
  agentReplying: '{{name}}: respondendo',
  conflict: {
    titleOne: 'Chegou 1 mensagem nova enquanto você escrevia',
    titleMany: 'Chegaram {{count}} mensagens novas enquanto você escrevia',
    description: 'Leia antes de enviar: seu rascunho foi mantido.',
    newMessages: 'Mensagens novas',
    sendAnyway: 'Enviar mesmo assim',
    review: 'Revisar',
  },
};

export const collisionTexts = { es, en, ptBR };
