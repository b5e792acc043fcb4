import { z } from 'zod';
import { Id, PageQuery, Timestamp } from './common';

export const Company = z.object({
  id: Id,
  name: z.string(),
  domain: z.string().nullable(),
  notes: z.string(),
  openTicketCount: z.number().int(),
  contactCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Company = z.infer<typeof Company>;

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'Expected a domain such as empresa.com');

export const CreateCompanyInput = z.object({
  name: z.string().trim().min(1).max(200),
  domain: domain.nullable().default(null),
  notes: z.string().max(10_000).default(''),
});
export type CreateCompanyInput = z.infer<typeof CreateCompanyInput>;

export const UpdateCompanyInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    domain: domain.nullable(),
    notes: z.string().max(10_000),
  })
  .partial();
export type UpdateCompanyInput = z.infer<typeof UpdateCompanyInput>;

export const CompanyListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
});
export type CompanyListQuery = z.infer<typeof CompanyListQuery>;
