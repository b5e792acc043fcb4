import type { LocaleResource } from '../es';

/**
 * Texts of one feature in the three languages, kept together so the feature's owner edits one file.
 * Spanish is the reference shape; en and pt-BR are typed against it.
 */
const es = {
  title: 'Trabajo del ticket',
};

const en: LocaleResource<typeof es> = {
  title: 'Ticket work',
};

const ptBR: LocaleResource<typeof es> = {
  title: 'Trabalho do ticket',
};

export const ticketWorkTexts = { es, en, ptBR };
