import type { LocaleResource } from '../es';

/**
 * Texts of one feature in the three languages, kept together so the feature's owner edits one file.
 * Spanish is the reference shape; en and pt-BR are typed against it.
 */
const es = {
  title: 'Colisiones',
};

const en: LocaleResource<typeof es> = {
  title: 'Collisions',
};

const ptBR: LocaleResource<typeof es> = {
  title: 'Colisões',
};

export const collisionTexts = { es, en, ptBR };
