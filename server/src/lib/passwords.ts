import argon2 from 'argon2';

/** Hashes a password with argon2id (OWASP-recommended memory-hard parameters). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

/** Checks a password against a stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Spends the same time as a real verification, so an unknown email is not told apart from a
 * wrong password by response time.
 */
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('atiende-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
