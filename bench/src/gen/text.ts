import type { Adjective, Gender, LanguagePack, Noun } from './language';
import { chance, intBetween, pick, type Rng } from './random';
import { ZipfList } from './zipf';

/** Who is writing and to whom, for greetings and signatures. */
export interface MessageContext {
  customerFirstName: string;
  customerFullName: string;
  agentFirstName: string;
}

/** Zipf exponents: word frequencies (≈1 in natural language) and topic frequencies (a bit flatter). */
const WORD_S = 1.05;
const TOPIC_S = 0.9;

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Ticket subjects and message bodies in one language. Topics (nouns, verbs, adjectives) and
 * filler words are drawn with Zipf's law, so a few words ("factura", "pedido") dominate and a long
 * tail (order numbers) is unique — the shape that full-text indexes see in production.
 */
export class TextGenerator {
  private readonly nouns: ZipfList<Noun>;
  private readonly adjectives: ZipfList<Adjective>;
  private readonly verbs: ZipfList<string>;
  private readonly words: ZipfList<string>;

  constructor(readonly pack: LanguagePack) {
    this.nouns = new ZipfList(pack.nouns, TOPIC_S);
    this.adjectives = new ZipfList(pack.adjectives, TOPIC_S);
    this.verbs = new ZipfList(pack.verbs, TOPIC_S);
    this.words = new ZipfList(pack.words, WORD_S);
  }

  /** Fills a template's `{token}`s; adjectives agree with the noun drawn before them. */
  fill(template: string, rng: Rng, ctx?: MessageContext): string {
    let gender: Gender = 'm';
    return template.replace(/\{(\w+)\}/g, (_match, token: string) => {
      switch (token) {
        case 'noun':
        case 'the_noun': {
          const [word, g] = this.nouns.sample(rng);
          gender = g;
          return token === 'noun' ? word : `${this.pack.articles[g]} ${word}`;
        }
        case 'adj': {
          const [masculine, feminine] = this.adjectives.sample(rng);
          return gender === 'f' ? feminine : masculine;
        }
        case 'verb':
          return this.verbs.sample(rng);
        case 'num':
          return String(intBetween(rng, 10_000, 999_999));
        case 'word':
          return this.words.sample(rng);
        case 'name':
          return ctx?.customerFirstName ?? '';
        case 'agent':
          return ctx?.agentFirstName ?? '';
        default:
          return token;
      }
    });
  }

  /** A ticket subject: 2–10 words, 26 characters on average. */
  subject(rng: Rng): string {
    return capitalize(this.fill(pick(rng, this.pack.subjectTemplates), rng));
  }

  /** A sentence of Zipf-distributed filler words (6–18 words). */
  private fillerSentence(rng: Rng): string {
    const length = intBetween(rng, 6, 18);
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      words.push(this.words.sample(rng));
      if (i > 2 && i < length - 2 && chance(rng, 0.06)) words.push(',');
    }
    return `${capitalize(words.join(' ').replace(/ ,/g, ','))}.`;
  }

  private paragraph(rng: Rng, templates: readonly string[], sentences: number, ctx: MessageContext): string {
    const parts: string[] = [];
    for (let i = 0; i < sentences; i++) {
      parts.push(chance(rng, 0.55) ? this.fill(pick(rng, templates), rng, ctx) : this.fillerSentence(rng));
    }
    return parts.join(' ');
  }

  /** The customer's email: greeting, one or two paragraphs, closing and name (median ≈ 220 chars). */
  customerEmail(rng: Rng, ctx: MessageContext): string {
    const paragraphs = [this.paragraph(rng, this.pack.customerSentences, intBetween(rng, 3, 6), ctx)];
    if (chance(rng, 0.45))
      paragraphs.push(this.paragraph(rng, this.pack.customerSentences, intBetween(rng, 1, 4), ctx));
    return [
      pick(rng, this.pack.customerGreetings),
      ...paragraphs,
      `${pick(rng, this.pack.customerClosings)}\n${ctx.customerFullName}`,
    ].join('\n\n');
  }

  /** A customer's follow-up in an email thread (one short paragraph and a closing). */
  customerFollowUp(rng: Rng, ctx: MessageContext): string {
    return [
      this.paragraph(rng, this.pack.customerSentences, intBetween(rng, 1, 3), ctx),
      `${pick(rng, this.pack.customerClosings)}\n${ctx.customerFirstName}`,
    ].join('\n\n');
  }

  /** An agent's public reply (median ≈ 245 chars). */
  agentReply(rng: Rng, ctx: MessageContext): string {
    return [
      this.fill(pick(rng, this.pack.agentGreetings), rng, ctx),
      this.paragraph(rng, this.pack.agentSentences, intBetween(rng, 2, 5), ctx),
      this.fill(pick(rng, this.pack.agentClosings), rng, ctx),
    ].join('\n\n');
  }

  /** An internal note between agents (one or two sentences). */
  note(rng: Rng, ctx: MessageContext): string {
    return this.paragraph(rng, this.pack.noteSentences, intBetween(rng, 1, 2), ctx);
  }

  /** A chat or WhatsApp line (≈10–120 chars). */
  chatLine(rng: Rng, ctx: MessageContext): string {
    const lines = [this.fill(pick(rng, this.pack.chatLines), rng, ctx)];
    if (chance(rng, 0.4)) lines.push(this.fill(pick(rng, this.pack.chatLines), rng, ctx));
    return lines.join('\n');
  }
}
