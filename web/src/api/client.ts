/**
 * The one way the web app talks to the server: JSON over same-origin fetch, the interface
 * language as Accept-Language, the session's CSRF token on writes, and every failure as ApiError.
 */
import { getLanguage, translate } from '../i18n/index.ts';

/** A refusal or failure, parsed from the server's `{code, message, details}` (message localized). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let lastActivityAt = Date.now();
let onUnauthorized: (path: string) => void = () => {};

/** Remembers the CSRF token of the current session (null when logged out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called with the request path when a call that needs a session answers 401. */
export function setUnauthorizedHandler(handler: (path: string) => void): void {
  onUnauthorized = handler;
}

/** When the server last heard from this tab: the idle watch counts from here. */
export function getLastActivityAt(): number {
  return lastActivityAt;
}

/** Paths whose 401 means "wrong credentials", not "session gone": the form shows the error. */
function isLoginCall(path: string): boolean {
  return path.startsWith('/api/auth/staff/') || path.startsWith('/api/public/');
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', translate(getLanguage(), 'error.network'), null);
  }
}

async function toError(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  if (payload && typeof payload === 'object' && 'code' in payload && 'message' in payload) {
    const { code, message, details } = payload as { code: unknown; message: unknown; details?: unknown };
    return new ApiError(response.status, String(code), String(message), details ?? null);
  }
  const message = translate(getLanguage(), 'error.http', { status: response.status });
  return new ApiError(response.status, `http_${response.status}`, message, payload);
}

/** Sends one request; resolves to the parsed JSON body (undefined for 204). */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  if (!response.ok) {
    const error = await toError(response);
    if (response.status === 401 && !isLoginCall(path)) onUnauthorized(path);
    throw error;
  }
  lastActivityAt = Date.now();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** POSTs JSON and answers the body as a file (a PDF printed on demand); refusals are ApiErrors. */
export async function postForBlob(path: string, body: unknown): Promise<Blob> {
  const response = await send('POST', path, body);
  if (!response.ok) {
    const error = await toError(response);
    if (response.status === 401) onUnauthorized(path);
    throw error;
  }
  lastActivityAt = Date.now();
  return response.blob();
}

/** Sends one file as `multipart/form-data` (a single part named `file`), with the CSRF token. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLanguage() };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'network_error', translate(getLanguage(), 'error.network'), null);
  }
  if (!response.ok) {
    const error = await toError(response);
    if (response.status === 401) onUnauthorized(path);
    throw error;
  }
  lastActivityAt = Date.now();
  return (await response.json()) as T;
}

export const http = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
