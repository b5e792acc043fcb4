import { StatusCategory, type BoardMoveInput, type Ticket, type UpdateTicketInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { activeCustomStatuses, boardDropdownField, boardFieldId } from '../../queries/board';
import { updateTicket } from './update-ticket';

function unknownColumn(key: string) {
  return invalidField('toColumnKey', `There is no board column "${key}"`);
}

/** The resolution a drop on a solved or closed column carries along (the solve dialog's answer). */
function withResolution(
  change: UpdateTicketInput,
  category: StatusCategory,
  input: BoardMoveInput,
): UpdateTicketInput {
  if (category !== 'solved' && category !== 'closed') return change;
  return {
    ...change,
    ...(input.resolution ? { resolution: input.resolution } : {}),
    ...(input.resolutionReasonId ? { resolutionReasonId: input.resolutionReasonId } : {}),
  };
}

/** A drop on a status board: a category clears the custom status; `status:<id>` sets that one. */
async function statusChange(db: DbOrTx, ctx: AuthContext, input: BoardMoveInput): Promise<UpdateTicketInput> {
  const key = input.toColumnKey;
  const category = StatusCategory.safeParse(key);
  if (category.success) {
    return withResolution({ status: category.data, customStatusId: null }, category.data, input);
  }
  if (!key.startsWith('status:')) throw unknownColumn(key);
  const id = key.slice('status:'.length);
  const status = (await activeCustomStatuses(db, ctx)).find((s) => s.id === id);
  if (!status) throw unknownColumn(key);
  return withResolution({ customStatusId: status.id }, status.category, input);
}

/** A drop on a field board: `option:<value>` sets the dropdown, `none` clears it. */
async function fieldChange(
  db: DbOrTx,
  ctx: AuthContext,
  fieldId: string,
  key: string,
): Promise<UpdateTicketInput> {
  const field = await boardDropdownField(db, ctx, fieldId);
  if (key === 'none') return { customFields: { [field.id]: null } };
  const value = key.startsWith('option:') ? key.slice('option:'.length) : null;
  if (value === null || !field.options.some((o) => o.value === value)) throw unknownColumn(key);
  return { customFields: { [field.id]: value } };
}

/**
 * Moves a ticket to a board column by translating the column into a ticket change and applying it
 * with `updateTicket`, so a drop obeys exactly the rules of the ticket view: permissions, required
 * fields on solve, resolution reasons, closed and trashed tickets. A refused drop throws that
 * rule's 400/409 (the client puts the card back); an unknown column is a 400 on `toColumnKey`.
 */
export async function moveTicketOnBoard(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  input: BoardMoveInput,
): Promise<Ticket> {
  authorize(ctx, 'tickets.write');
  const fieldId = boardFieldId(input.groupBy);
  const change = fieldId
    ? await fieldChange(db, ctx, fieldId, input.toColumnKey)
    : await statusChange(db, ctx, input);
  return updateTicket(db, ctx, ticketId, change);
}
