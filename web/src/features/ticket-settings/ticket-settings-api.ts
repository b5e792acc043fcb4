import type {
  CreateCustomFieldInput,
  CustomField,
  TicketSettings,
  UpdateCustomFieldInput,
  UpdateTicketSettingsInput,
} from '@atiende/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { queryKeys } from '../../lib/api/query-keys';

/** The admin collections under `/ticket-config/<resource>` that share create/rename/reorder/archive. */
export type ConfigResource = 'types' | 'statuses' | 'resolution-reasons' | 'custom-fields';

/** The fields every config entry accepts in a PATCH (custom fields accept more, see below). */
export interface EntryPatch {
  name?: string;
  position?: number;
  archived?: boolean;
}

/** What a create POST needs for the simple lists (the server appends it); statuses also carry their `category`. */
export interface EntryCreate {
  name: string;
  category?: string;
}

/** A created or updated entry as far as the settings screens care (each resource returns its own shape). */
export interface ConfigEntry {
  id: string;
  name: string;
  position: number;
  archived: boolean;
}

/** Raw calls to the admin endpoints of the ticket configuration (lifecycle engineer's routes). */
export const ticketSettingsApi = {
  createEntry: (resource: ConfigResource, input: EntryCreate) =>
    api.post<ConfigEntry>(`/ticket-config/${resource}`, input),
  updateEntry: (resource: ConfigResource, id: string, input: EntryPatch) =>
    api.patch<ConfigEntry>(`/ticket-config/${resource}/${id}`, input),
  createCustomField: (input: CreateCustomFieldInput) =>
    api.post<CustomField>('/ticket-config/custom-fields', input),
  updateCustomField: (id: string, input: UpdateCustomFieldInput) =>
    api.patch<CustomField>(`/ticket-config/custom-fields/${id}`, input),
  updateSettings: (input: UpdateTicketSettingsInput) =>
    api.patch<TicketSettings>('/ticket-config/settings', input),
};

/**
 * A mutation against the ticket configuration that refreshes `GET /api/ticket-config` once it
 * settles (also after a failure, e.g. a reorder that half-applied), so every screen reading
 * `useTicketConfig()` shows the server's truth. Other agents are refreshed by the realtime
 * `ticket_config.updated` event.
 */
export function useConfigMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.ticketConfig() }),
  });
}

/** Creates an entry of a simple list (type, custom status, resolution reason). */
export function useCreateEntry(resource: ConfigResource) {
  return useConfigMutation((input: EntryCreate) => ticketSettingsApi.createEntry(resource, input));
}

/** Renames, archives or restores one entry of any config collection. */
export function useUpdateEntry(resource: ConfigResource) {
  return useConfigMutation(({ id, patch }: { id: string; patch: EntryPatch }) =>
    ticketSettingsApi.updateEntry(resource, id, patch),
  );
}

/**
 * Applies a new order: PATCHes `position` of every entry whose position changed, sequentially so
 * a failure stops the rest (the refetch then shows what was applied).
 */
export function useReorderEntries(resource: ConfigResource) {
  return useConfigMutation(async (moves: readonly { id: string; position: number }[]) => {
    for (const move of moves) {
      await ticketSettingsApi.updateEntry(resource, move.id, { position: move.position });
    }
  });
}
