import type { ActivityIndicator } from '@atiende/contracts';

/** How close "due" is: an activity due within this window already shows red. */
export const ACTIVITY_DUE_SOON_MS = 60 * 60 * 1000;

/**
 * The green/grey/red light for a ticket from the due date of its earliest pending activity:
 * none pending → `none`, overdue or due within the hour → `due`, otherwise `future`.
 */
export function activityIndicatorOf(nextDueAt: Date | null, now: Date = new Date()): ActivityIndicator {
  if (!nextDueAt) return 'none';
  return nextDueAt.getTime() - now.getTime() <= ACTIVITY_DUE_SOON_MS ? 'due' : 'future';
}
