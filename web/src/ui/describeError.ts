import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/index.ts';

export interface ErrorDescription {
  message: string;
  code: string;
  lockedUntil?: string;
}

function lockedUntilOf(details: unknown): string | undefined {
  if (details && typeof details === 'object' && 'lockedUntil' in details) {
    const value = (details as { lockedUntil: unknown }).lockedUntil;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** The server's localized message and code, or a generic text for anything else thrown. */
export function describeError(error: unknown, t: Translate): ErrorDescription {
  if (error instanceof ApiError) {
    const lockedUntil = lockedUntilOf(error.details);
    return { message: error.message, code: error.code, ...(lockedUntil ? { lockedUntil } : {}) };
  }
  return { message: t('error.unexpected'), code: 'client_error' };
}
