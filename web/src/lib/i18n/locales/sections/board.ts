import type { LocaleResource } from '../es';

/**
 * Texts of one feature in the three languages, kept together so the feature's owner edits one file.
 * Spanish is the reference shape; en and pt-BR are typed against it.
 */
const es = {
  title: 'Tablero',
};

const en: LocaleResource<typeof es> = {
  title: 'Board',
};

const ptBR: LocaleResource<typeof es> = {
  title: 'Quadro',
};

export const boardTexts = { es, en, ptBR };
