import type { Locale, SurveyKind } from '@atiende/contracts';

/** Every text a customer sees in a survey email or page, in one language. */
export interface SurveyTexts {
  /** Mustache-free templates: `{number}`, `{subject}`, `{name}`, `{date}` are filled by code. */
  emailSubject: string;
  emailGreeting: string;
  emailIntro: string;
  emailOpenLink: string;
  emailExpiry: string;
  pageTitle: string;
  pageIntro: string;
  question: Record<SurveyKind, string>;
  /** Words for each CSAT score, 1 to 5. */
  csatWords: [string, string, string, string, string];
  cesLow: string;
  cesHigh: string;
  npsLow: string;
  npsHigh: string;
  commentLabel: string;
  commentHint: string;
  submit: string;
  alreadyAnswered: string;
  errorScore: string;
  errorNone: string;
  errorComment: string;
  errorSummary: string;
  thanksTitle: string;
  thanksBody: string;
  yourAnswers: string;
  changeAnswer: string;
  notFoundTitle: string;
  notFoundBody: string;
  expiredTitle: string;
  expiredBody: string;
}

const es: SurveyTexts = {
  emailSubject: '¿Cómo te atendimos? Ticket #{number}: {subject}',
  emailGreeting: 'Hola {name}:',
  emailIntro:
    'Dimos por resuelto tu ticket #{number} ({subject}). ¿Qué tan satisfecho quedaste con la atención? Elige una opción:',
  emailOpenLink: 'O responde la encuesta completa aquí:',
  emailExpiry: 'El enlace vale hasta el {date}. Responder toma menos de un minuto.',
  pageTitle: 'Encuesta de satisfacción',
  pageIntro: 'Ticket #{number}: {subject}',
  question: {
    csat: '¿Qué tan satisfecho quedaste con la atención que recibiste?',
    ces: '¿Qué tan fácil fue resolver tu consulta con nosotros?',
    nps: '¿Qué tan probable es que nos recomiendes a un colega o amigo?',
  },
  csatWords: ['Muy insatisfecho', 'Insatisfecho', 'Neutral', 'Satisfecho', 'Muy satisfecho'],
  cesLow: 'Muy difícil',
  cesHigh: 'Muy fácil',
  npsLow: 'Nada probable',
  npsHigh: 'Muy probable',
  commentLabel: '¿Quieres contarnos algo más? (opcional)',
  commentHint: 'Tu comentario llega al equipo que te atendió.',
  submit: 'Enviar respuesta',
  alreadyAnswered: 'Ya respondiste esta encuesta. Puedes cambiar tu respuesta hasta el {date}.',
  errorScore: 'Elige una de las opciones de la lista.',
  errorNone: 'Elige al menos una calificación antes de enviar.',
  errorComment: 'El comentario puede tener como máximo 2000 caracteres.',
  errorSummary: 'Revisa la respuesta marcada abajo.',
  thanksTitle: '¡Gracias por tu respuesta!',
  thanksBody: 'La recibimos y nos ayuda a mejorar. Puedes cambiarla hasta el {date}.',
  yourAnswers: 'Tus respuestas',
  changeAnswer: 'Cambiar mi respuesta',
  notFoundTitle: 'Encuesta no encontrada',
  notFoundBody: 'Este enlace no corresponde a ninguna encuesta activa. Revisa que esté completo.',
  expiredTitle: 'Esta encuesta ya cerró',
  expiredBody:
    'El plazo para responder terminó el {date}. Si quieres contarnos algo, responde al correo de tu ticket.',
};

const en: SurveyTexts = {
  emailSubject: 'How did we do? Ticket #{number}: {subject}',
  emailGreeting: 'Hi {name},',
  emailIntro:
    'We marked your ticket #{number} ({subject}) as solved. How satisfied are you with the support you received? Pick one:',
  emailOpenLink: 'Or answer the full survey here:',
  emailExpiry: 'The link works until {date}. It takes less than a minute.',
  pageTitle: 'Satisfaction survey',
  pageIntro: 'Ticket #{number}: {subject}',
  question: {
    csat: 'How satisfied are you with the support you received?',
    ces: 'How easy was it to get your issue solved with us?',
    nps: 'How likely are you to recommend us to a friend or colleague?',
  },
  csatWords: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  cesLow: 'Very difficult',
  cesHigh: 'Very easy',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  commentLabel: 'Anything else you would like to tell us? (optional)',
  commentHint: 'Your comment goes to the team that helped you.',
  submit: 'Send answer',
  alreadyAnswered: 'You already answered this survey. You can change your answer until {date}.',
  errorScore: 'Pick one of the options in the list.',
  errorNone: 'Pick at least one rating before sending.',
  errorComment: 'The comment can be at most 2000 characters long.',
  errorSummary: 'Please check the answer marked below.',
  thanksTitle: 'Thank you for your answer!',
  thanksBody: 'We received it and it helps us improve. You can change it until {date}.',
  yourAnswers: 'Your answers',
  changeAnswer: 'Change my answer',
  notFoundTitle: 'Survey not found',
  notFoundBody: 'This link does not belong to an active survey. Please check that it is complete.',
  expiredTitle: 'This survey has closed',
  expiredBody:
    'The time to answer ended on {date}. If you want to tell us something, reply to the email of your ticket.',
};

const ptBR: SurveyTexts = {
  emailSubject: 'Como foi o nosso atendimento? Chamado #{number}: {subject}',
  emailGreeting: 'Olá {name},',
  emailIntro:
    'Marcamos o seu chamado #{number} ({subject}) como resolvido. Qual é a sua satisfação com o atendimento? Escolha uma opção:',
  emailOpenLink: 'Ou responda a pesquisa completa aqui:',
  emailExpiry: 'O link vale até {date}. Responder leva menos de um minuto.',
  pageTitle: 'Pesquisa de satisfação',
  pageIntro: 'Chamado #{number}: {subject}',
  question: {
    csat: 'Qual é a sua satisfação com o atendimento que você recebeu?',
    ces: 'Quão fácil foi resolver a sua solicitação conosco?',
    nps: 'Qual a probabilidade de você nos recomendar a um amigo ou colega?',
  },
  csatWords: ['Muito insatisfeito', 'Insatisfeito', 'Neutro', 'Satisfeito', 'Muito satisfeito'],
  cesLow: 'Muito difícil',
  cesHigh: 'Muito fácil',
  npsLow: 'Nada provável',
  npsHigh: 'Muito provável',
  commentLabel: 'Quer nos contar mais alguma coisa? (opcional)',
  commentHint: 'Seu comentário chega à equipe que atendeu você.',
  submit: 'Enviar resposta',
  alreadyAnswered: 'Você já respondeu esta pesquisa. Pode mudar a sua resposta até {date}.',
  errorScore: 'Escolha uma das opções da lista.',
  errorNone: 'Escolha pelo menos uma nota antes de enviar.',
  errorComment: 'O comentário pode ter no máximo 2000 caracteres.',
  errorSummary: 'Confira a resposta marcada abaixo.',
  thanksTitle: 'Obrigado pela sua resposta!',
  thanksBody: 'Nós a recebemos e ela nos ajuda a melhorar. Você pode mudá-la até {date}.',
  yourAnswers: 'Suas respostas',
  changeAnswer: 'Mudar minha resposta',
  notFoundTitle: 'Pesquisa não encontrada',
  notFoundBody: 'Este link não corresponde a nenhuma pesquisa ativa. Confira se ele está completo.',
  expiredTitle: 'Esta pesquisa foi encerrada',
  expiredBody:
    'O prazo para responder terminou em {date}. Se quiser nos contar algo, responda ao e-mail do seu chamado.',
};

const TEXTS: Record<Locale, SurveyTexts> = { es, en, 'pt-BR': ptBR };

/** The survey texts in `locale`. */
export function surveyTexts(locale: Locale): SurveyTexts {
  return TEXTS[locale];
}

/** Fills `{name}` placeholders of a survey text with plain values (escaping is the caller's job). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A date in the customer's language, e.g. "10 de diciembre de 2026" (the workspace's time zone). */
export function formatSurveyDate(date: Date, locale: Locale, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

/** The language a visitor asks for (Accept-Language), for pages where no invitation says it. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('pt')) return 'pt-BR';
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('es')) return 'es';
  }
  return 'es';
}
