import type { CustomFieldValue, FieldChange } from '@atiende/contracts';
import type { customFields } from '../../db/schema';
import { AppError, type FieldIssue } from '../../lib/app-error';

/** A custom field definition as the validators need it. */
export type CustomFieldDef = Pick<
  typeof customFields.$inferSelect,
  'id' | 'name' | 'kind' | 'options' | 'requiredOnSolve' | 'archivedAt'
>;

type Values = Record<string, unknown>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The value to store for one field, or `null` to remove it, or a message saying why the value does
 * not fit the field's kind. Empty text and empty selections count as removing the value.
 */
function normalizedValue(field: CustomFieldDef, value: CustomFieldValue): { value: unknown } | string {
  if (value === null) return { value: null };
  const allowed = new Set(field.options.map((o) => o.value));
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      if (value.length > 10_000) return 'must be at most 10,000 characters';
      return { value: value.trim() === '' ? null : value };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : 'must be a number';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? { value } : 'must be a date as YYYY-MM-DD';
    case 'dropdown':
      if (typeof value !== 'string') return 'must be one of its options';
      if (value === '') return { value: null };
      return allowed.has(value) ? { value } : `"${value}" is not one of its options`;
    case 'multiselect': {
      if (!Array.isArray(value)) return 'must be a list of its options';
      const unknown = value.filter((v) => !allowed.has(v));
      if (unknown.length > 0) return `${unknown.map((v) => `"${v}"`).join(', ')} not among its options`;
      const unique = [...new Set(value)];
      return { value: unique.length === 0 ? null : unique };
    }
    case 'checkbox':
      return typeof value === 'boolean' ? { value } : 'must be true or false';
  }
}

/**
 * Merges a patch of custom field values (keyed by field id) into the current ones. Each value is
 * checked against its field's kind; unknown ids, and new values for archived fields, are refused.
 * A value equal to the stored one is accepted as is (an option removed since stays). Every bad
 * value is reported at once, one issue per field at `customFields.<id>`. Returns the new values and
 * one history change per field that changed (`customField:<id>`).
 */
export function applyCustomFieldValues(
  fields: readonly CustomFieldDef[],
  current: Values,
  patch: Record<string, CustomFieldValue>,
): { values: Values; changes: FieldChange[]; touched: string[] } {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const values = new Map(Object.entries(current));
  const issues: FieldIssue[] = [];
  const changes: FieldChange[] = [];
  const touched: string[] = [];
  for (const [id, raw] of Object.entries(patch)) {
    const path = `customFields.${id}`;
    const field = byId.get(id);
    if (!field) {
      issues.push({ path, message: 'Unknown custom field in this workspace' });
      continue;
    }
    const before = current[id] ?? null;
    if (JSON.stringify(before) === JSON.stringify(raw)) continue;
    const checked = normalizedValue(field, raw);
    if (typeof checked === 'string') {
      issues.push({ path, message: `"${field.name}" ${checked}` });
      continue;
    }
    if (checked.value !== null && field.archivedAt !== null) {
      issues.push({ path, message: `"${field.name}" is archived and takes no new values` });
      continue;
    }
    if (JSON.stringify(before) === JSON.stringify(checked.value)) continue;
    if (checked.value === null) values.delete(id);
    else values.set(id, checked.value);
    changes.push({ field: `customField:${id}`, from: before, to: checked.value });
    touched.push(id);
  }
  if (issues.length > 0) {
    throw new AppError('validation_failed', issues.map((i) => i.message).join('; '), issues);
  }
  return { values: Object.fromEntries(values), changes, touched };
}

/**
 * Refuses to solve (or close) a ticket while an active required-on-solve field is empty, with one
 * issue per missing field naming it. `only` limits the check to some fields (the ones a patch on
 * an already solved ticket touched). A checkbox counts as filled once it holds true or false.
 */
export function assertRequiredOnSolve(
  fields: readonly CustomFieldDef[],
  values: Values,
  only?: readonly string[],
): void {
  const missing = fields.filter(
    (f) =>
      f.requiredOnSolve &&
      f.archivedAt === null &&
      (only === undefined || only.includes(f.id)) &&
      (values[f.id] === undefined || values[f.id] === null),
  );
  if (missing.length === 0) return;
  const issues = missing.map((f) => ({
    path: `customFields.${f.id}`,
    message: `"${f.name}" is required to solve the ticket`,
  }));
  const names = missing.map((f) => `"${f.name}"`).join(', ');
  throw new AppError('validation_failed', `Fill in ${names} before solving the ticket`, issues);
}
