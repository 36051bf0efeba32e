/** TOTP second factor (RFC 6238, 6 digits, 30 s) with replay protection by time step. */
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const PERIOD_SECONDS = 30;

function totpFor(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: 'Shebao',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (base32, 160 bits). */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans, and the same as a QR code PNG data URL. */
export async function enrolmentFor(secret: string, label: string): Promise<{ otpauthUrl: string; qrDataUrl: string }> {
  const otpauthUrl = totpFor(secret, label).toString();
  return { otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
}

/**
 * The time step of the code when it is valid within one step of drift and newer than
 * `lastStep` (a code is good once); null otherwise.
 */
export function acceptTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret, 'x').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The current code for a secret (tests and the demo only). */
export function currentTotp(secret: string, now: Date): string {
  return totpFor(secret, 'x').generate({ timestamp: now.getTime() });
}
