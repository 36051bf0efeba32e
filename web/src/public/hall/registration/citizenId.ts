import { looksLikeCitizenId } from '../../../shared/identifierFormat.ts';
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
  if (!isRealDate(birthDate)) return null;
  return { gender: Number(id[16]) % 2 === 1 ? 'male' : 'female', birthDate };
}

/** Whether `YYYY-MM-DD` names a day that exists (no 2月30日). */
function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
