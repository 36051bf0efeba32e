/**
 * How the web app talks to the server: JSON over same-origin fetch, the interface language as
 * Accept-Language, the session's CSRF token on writes, and every failure as ApiError. `http` is the
 * untyped client; `typed.ts` is the client generated from the OpenAPI document, and takes the same
 * rules from here (`requestHeaders`, `settle`, `networkError`, `queryString`).
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

/** The query text of a call, without `?`: empty values are left out, a list repeats its key. */
export function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  return params.toString();
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  const text = query ? queryString(query) : '';
  return text ? `${path}?${text}` : path;
}

/** The headers every call carries: JSON, the interface language, and on writes the CSRF token. */
export function requestHeaders(method: string, jsonBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLanguage() };
  if (jsonBody) headers['Content-Type'] = 'application/json';
  if (method.toUpperCase() !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** The failure of a call that never reached the server (offline, DNS, connection refused). */
export function networkError(): ApiError {
  return new ApiError(0, 'network_error', translate(getLanguage(), 'error.network'), null);
}

/** The ApiError of a failed answer's parsed body: the server's `{code, message, details}`, or `http_<status>`. */
export function errorOf(status: number, payload: unknown): ApiError {
  if (payload && typeof payload === 'object' && 'code' in payload && 'message' in payload) {
    const { code, message, details } = payload as { code: unknown; message: unknown; details?: unknown };
    return new ApiError(status, String(code), String(message), details ?? null);
  }
  const message = translate(getLanguage(), 'error.http', { status });
  return new ApiError(status, `http_${status}`, message, payload ?? null);
}

/**
 * Settles an answer for every client: a failure is thrown as ApiError (and a 401 outside the login
 * calls tells the unauthorized handler); a success counts as activity for the idle watch.
 */
export async function settle(response: Response, path: string): Promise<void> {
  if (!response.ok) {
    const error = errorOf(response.status, await response.json().catch(() => null));
    if (response.status === 401 && !isLoginCall(path)) onUnauthorized(path);
    throw error;
  }
  lastActivityAt = Date.now();
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      headers: requestHeaders(method, body !== undefined),
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
}

/** Sends one request; resolves to the parsed JSON body (undefined for 204). */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  await settle(response, path);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** POSTs JSON and answers the body as a file (a PDF printed on demand); refusals are ApiErrors. */
export async function postForBlob(path: string, body: unknown): Promise<Blob> {
  const response = await send('POST', path, body);
  await settle(response, path);
  return response.blob();
}

/** Sends one file as `multipart/form-data` (a single part named `file`), with the CSRF token. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    const headers = requestHeaders('POST', false);
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw networkError();
  }
  await settle(response, path);
  return (await response.json()) as T;
}

export const http = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
