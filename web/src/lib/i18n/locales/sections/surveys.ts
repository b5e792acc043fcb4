import type { LocaleResource } from '../es';

/** Texts of the satisfaction surveys report and settings (Spanish is the reference shape). */
const es = {
  title: 'Encuestas de satisfacción',
};

const en: LocaleResource<typeof es> = {
  title: 'Satisfaction surveys',
};

const ptBR: LocaleResource<typeof es> = {
  title: 'Pesquisas de satisfação',
};

export const surveysTexts = { es, en, ptBR };
