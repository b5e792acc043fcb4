import { and, eq } from 'drizzle-orm';
import type {
  CreateCustomFieldInput,
  CustomField,
  CustomFieldKind,
  CustomFieldOption,
  UpdateCustomFieldInput,
} from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { customFields } from '../../db/schema';
import { invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentCustomField } from '../../presenters/present-ticket-config';
import { archivedAtFor, entryChanges, nextPosition, recordConfigEvent } from './config-entry';

const WITH_OPTIONS: ReadonlySet<CustomFieldKind> = new Set(['dropdown', 'multiselect']);

/**
 * Checks a field's options against its kind: dropdown and multi-select need at least one option
 * and unique values; the other kinds take none. Removing an option tickets still hold is allowed
 * (their old value stays and is shown raw).
 */
function checkedOptions(kind: CustomFieldKind, options: CustomFieldOption[]): CustomFieldOption[] {
  if (!WITH_OPTIONS.has(kind)) {
    if (options.length > 0) throw invalidField('options', `A ${kind} field has no options`);
    return [];
  }
  if (options.length === 0) throw invalidField('options', `A ${kind} field needs at least one option`);
  const seen = new Set<string>();
  for (const [index, option] of options.entries()) {
    if (seen.has(option.value)) {
      throw invalidField(`options.${index}.value`, `The option value "${option.value}" appears twice`);
    }
    seen.add(option.value);
  }
  return options;
}

/** Adds a custom ticket field (admins). Its kind is fixed from now on. */
export async function createCustomField(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateCustomFieldInput,
): Promise<CustomField> {
  authorize(ctx, 'ticket_config.manage');
  const options = checkedOptions(input.kind, input.options);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(customFields)
      .values({
        workspaceId: ctx.workspaceId,
        name: input.name,
        kind: input.kind,
        options,
        requiredOnSolve: input.requiredOnSolve,
        position: input.position ?? (await nextPosition(tx, customFields, ctx.workspaceId)),
      })
      .returning();
    if (!row) throw new Error('custom field insert returned nothing');
    const created = presentCustomField(row);
    await recordConfigEvent(tx, ctx, 'custom_field', row.id, [
      { field: 'name', from: null, to: created.name },
      { field: 'kind', from: null, to: created.kind },
      { field: 'requiredOnSolve', from: null, to: created.requiredOnSolve },
    ]);
    return created;
  });
}

/**
 * Renames a custom field, changes its options or its required-on-solve flag, reorders, archives or
 * restores it (admins). The kind cannot change: existing values would stop making sense.
 */
export async function updateCustomField(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateCustomFieldInput,
): Promise<CustomField> {
  authorize(ctx, 'ticket_config.manage');
  return db.transaction(async (tx) => {
    const where = and(eq(customFields.workspaceId, ctx.workspaceId), eq(customFields.id, id));
    const [current] = await tx.select().from(customFields).where(where).for('update');
    if (!current) throw notFound('Custom field');
    const [row] = await tx
      .update(customFields)
      .set({
        name: input.name,
        options: input.options ? checkedOptions(current.kind, input.options) : undefined,
        requiredOnSolve: input.requiredOnSolve,
        position: input.position,
        archivedAt: archivedAtFor(current.archivedAt, input.archived, new Date()),
        updatedAt: new Date(),
      })
      .where(where)
      .returning();
    if (!row) throw notFound('Custom field');
    const after = presentCustomField(row);
    const changes = entryChanges(presentCustomField(current), after, [
      'name',
      'options',
      'requiredOnSolve',
      'position',
      'archived',
    ]);
    if (changes.length > 0) await recordConfigEvent(tx, ctx, 'custom_field', id, changes);
    return after;
  });
}
