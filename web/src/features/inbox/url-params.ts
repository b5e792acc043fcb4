/** URL parameter naming the saved view the inbox shows (`/inbox?view=<id>&…its filters`). */
export const VIEW_PARAM = 'view';

/** URL parameter holding the list's columns when they differ from the default. */
export const COLUMNS_PARAM = 'columns';

/** Parameters that are not filters and survive filter changes. */
export const NON_FILTER_PARAMS = [VIEW_PARAM, COLUMNS_PARAM] as const;
