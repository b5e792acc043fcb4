import type {
  CustomField,
  CustomStatus,
  ResolutionReason,
  TicketSettings,
  TicketTypeDef,
} from '@atiende/contracts';
import type { customFields, resolutionReasons, ticketStatuses, ticketTypes, workspaces } from '../db/schema';

type TypeRow = typeof ticketTypes.$inferSelect;
type StatusRow = typeof ticketStatuses.$inferSelect;
type ReasonRow = typeof resolutionReasons.$inferSelect;
type FieldRow = typeof customFields.$inferSelect;
type WorkspaceRow = Pick<typeof workspaces.$inferSelect, 'autoCloseAfterDays' | 'trashRetentionDays'>;

/** The only way a ticket type leaves the server; archived types keep showing on old tickets. */
export function presentTicketType(row: TypeRow): TicketTypeDef {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    position: row.position,
    archived: row.archivedAt !== null,
  };
}

/** The only way a custom status leaves the server. */
export function presentCustomStatus(row: StatusRow): CustomStatus {
  return {
    id: row.id,
    category: row.category,
    name: row.name,
    position: row.position,
    archived: row.archivedAt !== null,
  };
}

/** The only way a "not finalized" reason leaves the server. */
export function presentResolutionReason(row: ReasonRow): ResolutionReason {
  return { id: row.id, name: row.name, position: row.position, archived: row.archivedAt !== null };
}

/** The only way a custom field definition leaves the server. */
export function presentCustomField(row: FieldRow): CustomField {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    options: row.options,
    requiredOnSolve: row.requiredOnSolve,
    position: row.position,
    archived: row.archivedAt !== null,
  };
}

/** The workspace's lifecycle settings (auto-close and trash retention). */
export function presentTicketSettings(row: WorkspaceRow): TicketSettings {
  return { autoCloseAfterDays: row.autoCloseAfterDays, trashRetentionDays: row.trashRetentionDays };
}
