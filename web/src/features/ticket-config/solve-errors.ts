import type { CustomField } from '@atiende/contracts';
import { ApiError } from '../../lib/api/api-error';

const CUSTOM_FIELD_PATH = 'customFields.';

/** One custom field the server says must be filled in before solving. */
export interface MissingField {
  id: string;
  /** The field's name from the config, or the server's message when the field is unknown here. */
  label: string;
}

/**
 * The custom fields a refused solve names (`validation_failed` issues with path
 * `customFields.<fieldId>`), in the order the server listed them. Any other error gives none.
 */
export function missingFieldsFrom(error: unknown, fields: readonly CustomField[]): MissingField[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  return error.issues
    .filter((issue) => issue.path.startsWith(CUSTOM_FIELD_PATH))
    .map((issue) => {
      const id = issue.path.slice(CUSTOM_FIELD_PATH.length);
      return { id, label: fields.find((field) => field.id === id)?.name ?? issue.message };
    });
}

/** Issues on `resolutionReasonId` (e.g. an archived reason), shown under the reason select. */
export function reasonErrorFrom(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.issues.find((issue) => issue.path === 'resolutionReasonId')?.message ?? null;
}
