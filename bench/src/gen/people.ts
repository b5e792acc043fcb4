import type { DatasetSpec } from './dataset-spec';
import { ENGLISH } from './lang-en';
import { PORTUGUESE } from './lang-pt';
import { SPANISH } from './lang-es';
import type { LanguagePack, LocaleCode } from './language';
import { at, chance, hashSeed, intBetween, mulberry32, pick, stableUuid, Weighted, type Rng } from './random';
import { wordList } from './language';

export interface CompanyRef {
  id: string;
  name: string;
  domain: string | null;
  locale: LocaleCode;
}

export interface ContactRef {
  id: string;
  name: string;
  firstName: string;
  email: string;
  phone: string | null;
  locale: LocaleCode;
  companyId: string | null;
}

/** Language packs by contact locale. */
export const PACKS: Readonly<Record<LocaleCode, LanguagePack>> = {
  es: SPANISH,
  'pt-BR': PORTUGUESE,
  en: ENGLISH,
};

interface Country {
  tld: string;
  suffix: string;
  locale: LocaleCode;
  phonePrefix: string;
}

const COUNTRIES = new Weighted<Country>([
  [{ tld: 'com.co', suffix: 'S.A.S.', locale: 'es', phonePrefix: '+57 3' }, 30],
  [{ tld: 'com.mx', suffix: 'S.A. de C.V.', locale: 'es', phonePrefix: '+52 55' }, 20],
  [{ tld: 'com.br', suffix: 'Ltda.', locale: 'pt-BR', phonePrefix: '+55 11 9' }, 20],
  [{ tld: 'cl', suffix: 'SpA', locale: 'es', phonePrefix: '+56 9' }, 8],
  [{ tld: 'com.pe', suffix: 'S.A.C.', locale: 'es', phonePrefix: '+51 9' }, 7],
  [{ tld: 'com.ar', suffix: 'S.R.L.', locale: 'es', phonePrefix: '+54 11' }, 5],
  [{ tld: 'com', suffix: 'Inc.', locale: 'en', phonePrefix: '+1 305' }, 10],
]);

const COMPANY_PREFIXES = wordList(`
  Distribuidora Comercializadora Inversiones Grupo Tecnologías Servicios Laboratorios Transportes
  Industrias Almacenes Constructora Clínica Colegio Ferretería Agropecuaria Logística Soluciones
  Importadora Editorial Farmacias Hoteles Seguros Textiles Alimentos Muebles Ópticas Panadería
`);
const COMPANY_CORES = wordList(`
  Andina Pacífico Norte Sur Central Nova Alfa Omega Atlántico Cordillera Sabana Horizonte Aurora
  Cóndor Jaguar Ceiba Guadua Orinoco Amazonas Caribe Llanos Volcán Montaña Río Bahía Estrella
  Prisma Vértice Delta Sigma Faro Puerto Valle Roble Olivo Girasol Colibrí Quetzal Tucán Ibérica
  Continental Global Express Digital Verde Azul Dorado Solar Lunar Maya Inca Muisca Tayrona
`);
const FREE_MAIL = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'];
const CONTACT_LOCALES = new Weighted<LocaleCode>([
  ['es', 65],
  ['pt-BR', 20],
  ['en', 15],
]);

/** Lower-case ASCII for email local parts and domains. */
function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function phone(rng: Rng, prefix: string): string {
  return `${prefix}${String(intBetween(rng, 0, 99_999_999)).padStart(8, '0')}`;
}

/** The workspace's companies (10k at 1M tickets); 70% have an email domain. */
export function buildCompanies(spec: DatasetSpec): CompanyRef[] {
  const rng = mulberry32(hashSeed(spec.seed, 'companies'));
  const companies: CompanyRef[] = [];
  for (let i = 0; i < spec.companies; i++) {
    const country = COUNTRIES.sample(rng);
    const core = chance(rng, 0.5)
      ? pick(rng, COMPANY_CORES)
      : `${pick(rng, COMPANY_CORES)} ${pick(rng, COMPANY_CORES)}`;
    const name = `${pick(rng, COMPANY_PREFIXES)} ${core} ${country.suffix}`;
    companies.push({
      id: stableUuid(spec.slug, 'company', i),
      name,
      domain: chance(rng, 0.7) ? `${slugify(core)}${i.toString(36)}.${country.tld}` : null,
      locale: country.locale,
    });
  }
  return companies;
}

/**
 * The workspace's contacts (100k at 1M tickets): 60% belong to a company and then usually write
 * from its domain and in its language; the rest use free mail providers.
 */
export function buildContacts(spec: DatasetSpec, companies: readonly CompanyRef[]): ContactRef[] {
  const rng = mulberry32(hashSeed(spec.seed, 'contacts'));
  const contacts: ContactRef[] = [];
  for (let i = 0; i < spec.contacts; i++) {
    const company = chance(rng, 0.6) ? at(companies, Math.floor(rng() * companies.length)) : null;
    const locale = company && chance(rng, 0.9) ? company.locale : CONTACT_LOCALES.sample(rng);
    const pack = PACKS[locale];
    const firstName = pick(rng, pack.firstNames);
    const lastName = pick(rng, pack.lastNames);
    const domain = company?.domain && chance(rng, 0.85) ? company.domain : pick(rng, FREE_MAIL);
    contacts.push({
      id: stableUuid(spec.slug, 'contact', i),
      name: `${firstName} ${lastName}`,
      firstName,
      email: `${slugify(firstName)}.${slugify(lastName)}.${i.toString(36)}@${domain}`,
      phone: chance(rng, 0.55) ? phone(rng, COUNTRIES.sample(rng).phonePrefix) : null,
      locale,
      companyId: company?.id ?? null,
    });
  }
  return contacts;
}
