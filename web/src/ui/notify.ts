import { notifications } from '@mantine/notifications';

/** A short success toast (e.g. "changes saved"). */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 3000 });
}

/** An error toast for failed background actions (e.g. a side-panel PATCH); forms show errors inline. */
export function notifyError(title: string, message: string): void {
  notifications.show({ color: 'red', title, message, autoClose: 6000 });
}
