/**
 * SM3 and SM4 (GB/T 32905, GB/T 32907) from node:crypto's OpenSSL, for data at rest and for
 * hash chains. node:crypto has SM4 only in unauthenticated modes, so sealing is SM4-CBC with an
 * HMAC-SM3 tag over version, IV and ciphertext (encrypt-then-MAC).
 */
import crypto from 'node:crypto';

/** SM3 digest of UTF-8 text or bytes, as 64 hex characters. */
export function sm3(data: string | Uint8Array): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

/** HMAC-SM3 of `data` under `key`, as hex. */
export function hmacSm3(key: Uint8Array, data: string | Uint8Array): string {
  return crypto.createHmac('sm3', key).update(data).digest('hex');
}

/** Keys derived from one 32-byte master key, one per purpose, so no key serves two jobs. */
export interface DataKeys {
  readonly encryption: Buffer;
  readonly mac: Buffer;
  readonly blindIndex: Buffer;
  readonly token: Buffer;
  /** Keys the audit and journal hash chains (HMAC-SM3), so that whoever lacks it cannot re-hash an edit. */
  readonly chain: Buffer;
}

/** Derives the purpose keys from the master key (HMAC-SM3 with a label per purpose). */
export function deriveDataKeys(master: Uint8Array): DataKeys {
  if (master.length !== 32) throw new Error('the master key must be 32 bytes');
  const derive = (label: string, length: number): Buffer =>
    Buffer.from(hmacSm3(master, `shebao:${label}`), 'hex').subarray(0, length);
  return {
    encryption: derive('sm4-data', 16),
    mac: derive('sm3-mac', 32),
    blindIndex: derive('blind-index', 32),
    token: derive('token', 32),
    chain: derive('chain', 32),
  };
}

const SEAL_VERSION = 'v1';

/** Encrypts text for storage: `v1.<iv>.<ciphertext>.<tag>`, base64url parts. */
export function seal(keys: DataKeys, plaintext: string): string {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('sm4-cbc', keys.encryption, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = hmacSm3(keys.mac, Buffer.concat([Buffer.from(SEAL_VERSION), iv, body]));
  return [SEAL_VERSION, iv.toString('base64url'), body.toString('base64url'), tag].join('.');
}

/** Decrypts what `seal` produced; throws when the value was altered or sealed with another key. */
export function unseal(keys: DataKeys, sealed: string): string {
  const [version, ivText, bodyText, tag] = sealed.split('.');
  if (version !== SEAL_VERSION || !ivText || !bodyText || !tag) throw new Error('not a sealed value');
  const iv = Buffer.from(ivText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  const expected = hmacSm3(keys.mac, Buffer.concat([Buffer.from(SEAL_VERSION), iv, body]));
  if (!crypto.timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(tag.padEnd(64, '0').slice(0, 64), 'hex'))) {
    throw new Error('sealed value failed its integrity check');
  }
  const decipher = crypto.createDecipheriv('sm4-cbc', keys.encryption, iv);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** Keyed SM3 of a normalised value: exact-match search over encrypted columns. */
export function blindIndex(keys: DataKeys, value: string): string {
  return hmacSm3(keys.blindIndex, value);
}

/** A fresh random token for cookies and challenges, 32 bytes base64url. */
export function randomToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** The digest under which a token is stored, so a leaked table does not leak live tokens. */
export function tokenDigest(keys: DataKeys, token: string): string {
  return hmacSm3(keys.token, token);
}
