/** Shape of the non-paginated list endpoints (`/agents`, `/teams`, messages, history). */
export interface ListResponse<T> {
  items: T[];
}

/** Shape of every keyset-paginated list endpoint (see `pageOf` in the contracts). */
export interface Page<T> extends ListResponse<T> {
  nextCursor: string | null;
}
