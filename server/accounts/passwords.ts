import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** OWASP's scrypt parameters: N = 2^17, r = 8, p = 1 (128 MiB and a few hundred ms per hash). */
const LOG_N = 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** ASVS: at least 12 characters, at least 64 allowed; no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

const STORED = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

/**
 * Hashes in flight at once. Each holds 128 MiB: a burst of sign-ins (or of unknown names) waits its turn instead of
 * taking the server's memory.
 */
const MAX_CONCURRENT_HASHES = 2;
let hashesInFlight = 0;
const waitingForHash: (() => void)[] = [];

async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  // A waiter is handed the finishing hash's slot, so no newcomer slips in between.
  if (hashesInFlight >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waitingForHash.push(resolve));
  else hashesInFlight += 1;
  try {
    return await work();
  } finally {
    const next = waitingForHash.shift();
    if (next) next();
    else hashesInFlight -= 1;
  }
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, length: number) {
  const N = 2 ** logN;
  // scrypt needs 128·N·r bytes; Node refuses anything over maxmem (32 MiB by default).
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p + 1024 * 1024 };
  return oneAtATime(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

/** Characters as a person counts them (code points), not UTF-16 units. */
const lengthOf = (password: string) => [...password].length;

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  const length = lengthOf(password);
  if (length < MIN_PASSWORD_LENGTH) return `the password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `the password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  return undefined;
}

/** `scrypt$17$8$1$<salt base64>$<key base64>`: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, LOG_N, BLOCK_SIZE, PARALLELISM, KEY_BYTES);
  return ['scrypt', LOG_N, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

/** A well-formed hash of no password, to verify against when the name is unknown: the same work either way. */
export const unusableHash = () =>
  ['scrypt', LOG_N, BLOCK_SIZE, PARALLELISM, randomBytes(SALT_BYTES).toString('base64')]
    .concat(randomBytes(KEY_BYTES).toString('base64'))
    .join('$');

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = STORED.exec(stored);
  if (!match) return false;
  const [, logN, r, p, salt = '', key = ''] = match;
  const expected = Buffer.from(key, 'base64');
  // Parameters outside what this module writes are a damaged row, not a reason to spend a gigabyte.
  if (Number(logN) < 14 || Number(logN) > 20 || Number(r) > 16 || Number(p) > 4 || expected.length < 16) return false;
  if (lengthOf(password) > MAX_PASSWORD_LENGTH) return false;
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64'),
    Number(logN),
    Number(r),
    Number(p),
    expected.length,
  );
  return timingSafeEqual(actual, expected);
}

/** 20 characters of base64url (120 bits): what `user add` prints when no password is given on stdin. */
export const generatePassword = () => randomBytes(15).toString('base64url');
