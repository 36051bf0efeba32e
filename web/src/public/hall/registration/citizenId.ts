import { looksLikeCitizenId } from '../../identifierFormat.ts';
import type { Gender } from './types.ts';

/**
 * Gender and birth date read from an 18-digit citizen ID (GB 11643: digits 7–14 are the birth
 * date, the 17th is odd for men), or null while the number is not a valid one. The server
 * derives and checks them again; this only shows the employer what it will record.
 */
export function deriveFromCitizenId(value: string | undefined): { gender: Gender; birthDate: string } | null {
  const id = (value ?? '').trim().toUpperCase();
  if (!looksLikeCitizenId(id)) return null;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const day = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== birthDate) return null;
  return { gender: Number(id[16]) % 2 === 1 ? 'male' : 'female', birthDate };
}
