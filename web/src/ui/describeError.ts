import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/index.ts';

export interface ErrorDescription {
  message: string;
  code: string;
  /** Seconds to wait before trying again (a throttled login). */
  retryAfterSeconds?: number;
}

function retryAfterOf(details: unknown): number | undefined {
  if (details && typeof details === 'object' && 'retryAfterSeconds' in details) {
    const value = (details as { retryAfterSeconds: unknown }).retryAfterSeconds;
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/** The server's localized message and code, or a generic text for anything else thrown. */
export function describeError(error: unknown, t: Translate): ErrorDescription {
  if (error instanceof ApiError) {
    const retryAfterSeconds = retryAfterOf(error.details);
    return { message: error.message, code: error.code, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) };
  }
  return { message: t('error.unexpected'), code: 'client_error' };
}
