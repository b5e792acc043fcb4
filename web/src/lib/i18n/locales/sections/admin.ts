import type { LocaleResource } from '../es';

/**
 * Texts of one feature in the three languages, kept together so the feature's owner edits one file.
 * Spanish is the reference shape; en and pt-BR are typed against it.
 */
const es = {
  title: 'Configuración de tickets',
};

const en: LocaleResource<typeof es> = {
  title: 'Ticket settings',
};

const ptBR: LocaleResource<typeof es> = {
  title: 'Configurações de tickets',
};

export const adminTexts = { es, en, ptBR };
