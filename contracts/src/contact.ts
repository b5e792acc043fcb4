import { z } from 'zod';
import { Id, Locale, PageQuery, Timestamp } from './common';

export const ContactSummary = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable(),
});
export type ContactSummary = z.infer<typeof ContactSummary>;

export const Contact = ContactSummary.extend({
  phone: z.string().nullable(),
  locale: Locale,
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  openTicketCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.infer<typeof Contact>;

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,25}$/, 'Expected a phone number such as +57 300 123 4567');

export const CreateContactInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254).toLowerCase().nullable().default(null),
    phone: phone.nullable().default(null),
    locale: Locale.default('es'),
    companyId: Id.nullable().default(null),
  })
  .refine((c) => c.email !== null || c.phone !== null, {
    error: 'A contact needs an email or a phone number',
    path: ['email'],
  });
export type CreateContactInput = z.infer<typeof CreateContactInput>;

export const UpdateContactInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254).toLowerCase().nullable(),
    phone: phone.nullable(),
    locale: Locale,
    companyId: Id.nullable(),
  })
  .partial();
export type UpdateContactInput = z.infer<typeof UpdateContactInput>;

export const ContactListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  companyId: Id.optional(),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;
