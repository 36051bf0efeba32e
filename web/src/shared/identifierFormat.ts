/**
 * Format hints for the identifiers of the hall. They only warn: the server validates and decides.
 * Citizen ID: GB 11643 (17 digits + ISO 7064 MOD 11-2 check). Credit code: GB 32100 (MOD 31).
 */
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckChars = '10X98765432';

export function looksLikeCitizenId(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = idWeights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return idCheckChars[sum % 11] === id[17];
}

const creditChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function looksLikeCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = creditWeights.reduce((acc, w, i) => acc + w * creditChars.indexOf(code[i] ?? ''), 0);
  const check = (31 - (sum % 31)) % 31;
  return creditChars[check] === code[17];
}

export function looksLikeMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.trim());
}
