import { hash, verify } from '@node-rs/argon2';

// argon2id is the library default; m=19 MiB, t=2 follows OWASP's minimum recommendation.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

/** Checks a password against its argon2id hash; false for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** A real hash to verify against when the user does not exist, so timing does not reveal it. */
export const DUMMY_HASH_PROMISE = hashPassword('not-a-real-password-only-for-timing');
