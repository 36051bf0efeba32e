/** Password hashing with scrypt from node:crypto; the parameters travel with each hash. */
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

const COST = { N: 1 << 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const MAX_MEMORY_BYTES = 96 * 1024 * 1024;

/** `scrypt$N$r$p$salt$key`, base64url parts. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...COST, maxmem: MAX_MEMORY_BYTES });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time check of a password against a stored hash; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(saltText, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY_BYTES,
  });
  return crypto.timingSafeEqual(key, expected);
}

/** A hash that no password matches, checked against when the user does not exist (equal timing). */
export const DUMMY_HASH = `scrypt$${COST.N}$8$1$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(32).toString('base64url')}`;

/** Character classes of a temporary password, without look-alikes (0/O, 1/l/I) a person misreads. */
const TEMPORARY_CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@!?'];
const TEMPORARY_LENGTH = 16;

/**
 * A random temporary password (about 90 bits) that meets the policy: one of each class, the rest
 * from all of them, shuffled.
 */
export function temporaryPassword(): string {
  const all = TEMPORARY_CLASSES.join('');
  const pick = (from: string) => from[crypto.randomInt(from.length)]!;
  const chars = [
    ...TEMPORARY_CLASSES.map(pick),
    ...Array.from({ length: TEMPORARY_LENGTH - TEMPORARY_CLASSES.length }, () => pick(all)),
  ];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
