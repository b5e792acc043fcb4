import { AppError } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';

/**
 * Mailbox settings (they hold SMTP/IMAP credentials) and the raw inbound mail are for admins only.
 * Checked on the role, as the ability list of the contracts has no email entry yet.
 */
export function authorizeEmailAdmin(ctx: AuthContext): void {
  if (ctx.role !== 'admin') {
    throw new AppError('forbidden', `Your role (${ctx.role}) may not manage email (admins only)`);
  }
}
