import { randomSecret, sha256 } from '../lib/secrets';

/** Shape of a link token: 32 random bytes in base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A fresh survey link token and the hash stored for it. The token is random (256 bits) and only
 * its SHA-256 is kept, so a database leak reveals no working link; it is made when the email goes
 * out, so only that email ever holds it.
 */
export function newSurveyToken(): { token: string; hash: string } {
  const token = randomSecret(32);
  return { token, hash: sha256(token) };
}

/** The lookup hash of a token from a URL, or null when it cannot be one of ours (no query then). */
export function surveyTokenHash(token: string): string | null {
  return TOKEN_SHAPE.test(token) ? sha256(token) : null;
}
