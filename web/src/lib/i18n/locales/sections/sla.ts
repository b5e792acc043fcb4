import type { LocaleResource } from '../es';

/** Texts of SLA settings, the ticket's SLA panel and the SLA light (Spanish is the reference shape). */
const es = {
  title: 'SLA y horarios',
};

const en: LocaleResource<typeof es> = {
  title: 'SLAs and business hours',
};

const ptBR: LocaleResource<typeof es> = {
  title: 'SLA e horários',
};

export const slaTexts = { es, en, ptBR };
