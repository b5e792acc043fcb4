import type { LocaleResource } from '../es';

/** Texts of the support dashboard in the three languages (Spanish is the reference shape). */
const es = {
  title: 'Panel de soporte',
  window: 'Periodo',
  lastDays: 'Últimos {{count}} días',
  created: 'Creados',
  solved: 'Resueltos',
  avgFirstResponse: 'Primera respuesta (promedio)',
  firstResponseWithin1h: 'Respondidos en menos de 1 h',
  avgResolution: 'Resolución (promedio)',
  backlog: 'Sin resolver ahora',
  volumeTitle: 'Tickets creados y resueltos por día',
  byChannel: 'Creados por canal',
  byPriority: 'Creados por prioridad',
  backlogTitle: 'Pendientes por estado y prioridad',
  noBacklog: 'No hay tickets sin resolver.',
  status: 'Estado',
};

const en: LocaleResource<typeof es> = {
  title: 'Support dashboard',
  window: 'Period',
  lastDays: 'Last {{count}} days',
  created: 'Created',
  solved: 'Solved',
  avgFirstResponse: 'First response (average)',
  firstResponseWithin1h: 'Answered within 1 h',
  avgResolution: 'Resolution (average)',
  backlog: 'Unresolved now',
  volumeTitle: 'Tickets created and solved per day',
  byChannel: 'Created by channel',
  byPriority: 'Created by priority',
  backlogTitle: 'Backlog by status and priority',
  noBacklog: 'No unresolved tickets.',
  status: 'Status',
};

const ptBR: LocaleResource<typeof es> = {
  title: 'Painel de suporte',
  window: 'Período',
  lastDays: 'Últimos {{count}} dias',
  created: 'Criados',
  solved: 'Resolvidos',
  avgFirstResponse: 'Primeira resposta (média)',
  firstResponseWithin1h: 'Respondidos em menos de 1 h',
  avgResolution: 'Resolução (média)',
  backlog: 'Sem resolver agora',
  volumeTitle: 'Tickets criados e resolvidos por dia',
  byChannel: 'Criados por canal',
  byPriority: 'Criados por prioridade',
  backlogTitle: 'Pendentes por status e prioridade',
  noBacklog: 'Não há tickets sem resolver.',
  status: 'Status',
};

export const dashboardTexts = { es, en, ptBR };
