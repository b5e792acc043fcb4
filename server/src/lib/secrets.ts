import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random secret with `bytes` bytes of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** sha256 hex digest: secrets (session ids, API tokens) are stored only as this. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
