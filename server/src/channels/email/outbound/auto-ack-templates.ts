import type { AutoAckTemplate, AutoAckTemplates, Locale } from '@atiende/contracts';
import { AutoAckTemplates as AutoAckTemplatesSchema } from '@atiende/contracts';

/** Placeholders an acknowledgement may use. */
export const AUTO_ACK_PLACEHOLDERS = [
  'contact.name',
  'contact.first_name',
  'ticket.number',
  'ticket.subject',
  'mailbox.name',
] as const;

/** Built-in acknowledgements, in the customer's language. */
export const DEFAULT_AUTO_ACK: Record<Locale, AutoAckTemplate> = {
  es: {
    subject: 'Recibimos tu consulta: {{ticket.subject}} [#{{ticket.number}}]',
    body:
      'Hola {{contact.first_name}}:\n\n' +
      'Recibimos tu consulta y creamos el ticket #{{ticket.number}}. Te responderemos lo antes posible.\n' +
      'Si quieres agregar algo, responde a este correo.\n\n' +
      '{{mailbox.name}}',
  },
  en: {
    subject: 'We received your request: {{ticket.subject}} [#{{ticket.number}}]',
    body:
      'Hi {{contact.first_name}},\n\n' +
      'We received your request and created ticket #{{ticket.number}}. We will get back to you as soon as possible.\n' +
      'To add anything, just reply to this email.\n\n' +
      '{{mailbox.name}}',
  },
  'pt-BR': {
    subject: 'Recebemos sua solicitação: {{ticket.subject}} [#{{ticket.number}}]',
    body:
      'Olá {{contact.first_name}},\n\n' +
      'Recebemos sua solicitação e criamos o chamado #{{ticket.number}}. Responderemos o mais breve possível.\n' +
      'Se quiser acrescentar algo, é só responder a este e-mail.\n\n' +
      '{{mailbox.name}}',
  },
};

/** The mailbox's own template for the locale when it has one, else the built-in one. */
export function autoAckTemplateFor(overrides: unknown, locale: Locale): AutoAckTemplate {
  const parsed = AutoAckTemplatesSchema.safeParse(overrides);
  const own: AutoAckTemplates = parsed.success ? parsed.data : {};
  return own[locale] ?? DEFAULT_AUTO_ACK[locale];
}
