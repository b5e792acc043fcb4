/** Grammatical gender of a noun, for article and adjective agreement. */
export type Gender = 'm' | 'f';
/** A noun and its gender. */
export type Noun = readonly [word: string, gender: Gender];
/** An adjective's masculine and feminine forms (identical in English). */
export type Adjective = readonly [masculine: string, feminine: string];

/** Locales of contacts, as stored in `contacts.locale`. */
export type LocaleCode = 'es' | 'pt-BR' | 'en';

/**
 * Everything the text generator needs for one language. Lists are ordered most frequent first:
 * they are sampled with Zipf's law, so the head dominates like it does in real tickets.
 *
 * Templates use tokens: `{noun}` bare noun, `{the_noun}` noun with its definite article, `{adj}` an
 * adjective agreeing with the last noun, `{verb}` an infinitive, `{num}` an order/invoice number,
 * `{word}` a filler word, `{name}` the customer's first name, `{agent}` the agent's first name.
 */
export interface LanguagePack {
  code: LocaleCode;
  articles: Readonly<Record<Gender, string>>;
  words: readonly string[];
  nouns: readonly Noun[];
  adjectives: readonly Adjective[];
  verbs: readonly string[];
  subjectTemplates: readonly string[];
  customerSentences: readonly string[];
  agentSentences: readonly string[];
  noteSentences: readonly string[];
  chatLines: readonly string[];
  customerGreetings: readonly string[];
  customerClosings: readonly string[];
  agentGreetings: readonly string[];
  agentClosings: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
}

/** Splits a whitespace-separated word list (kept as one string so the source stays compact). */
export function wordList(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Parses `factura/f | pedido/m | orden de compra/f` into nouns with their gender. */
export function nounList(text: string): Noun[] {
  return text
    .split('|')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry): Noun => {
      const slash = entry.lastIndexOf('/');
      const gender = entry.slice(slash + 1) === 'f' ? 'f' : 'm';
      return [entry.slice(0, slash), gender];
    });
}

/** Parses `duplicado/duplicada | urgente` into adjectives (one form means both genders). */
export function adjectiveList(text: string): Adjective[] {
  return text
    .split('|')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry): Adjective => {
      const [masculine = entry, feminine = masculine] = entry.split('/');
      return [masculine, feminine];
    });
}
