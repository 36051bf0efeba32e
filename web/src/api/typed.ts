/**
 * The typed client: openapi-fetch over the types generated from the server's OpenAPI document
 * (`schema.gen.ts`, `npm run api:generate`), so a path, a query, a body and an answer the server
 * does not declare fail the type check. It keeps the rules of `http` (client.ts), taken from there:
 * the interface language, the CSRF token on writes, the idle watch's activity time, the 401 handler
 * outside the login calls, and every failure thrown as ApiError.
 *
 *   export const holidayYears = async () => data(await api.GET('/api/calendar/holiday-years'));
 */
import createClient, {
  type Client,
  type ClientOptions,
  type ClientPathsWithMethod,
  type FetchOptions,
  type MethodResponse,
  type Middleware,
} from 'openapi-fetch';
import type { Readable } from 'openapi-typescript-helpers';
import { errorOf, networkError, queryString, requestHeaders, settle } from './client.ts';
import type { components, paths } from './schema.gen.ts';

/** The client of the server's API, typed by its OpenAPI document. */
export type Api = Client<paths>;

/** The rules of every call: headers on the way out, ApiError (and the 401 handler) on the way back. */
export const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    // openapi-fetch sets Content-Type itself when there is a body.
    for (const [name, value] of Object.entries(requestHeaders(request.method, false))) {
      request.headers.set(name, value);
    }
    return request;
  },
  async onResponse({ request, response }) {
    const url = new URL(request.url);
    await settle(response, url.pathname + url.search);
    return response;
  },
  onError() {
    return networkError();
  },
};

/** A client with the session's rules; `options` are for tests (a base URL, a fake fetch). */
export function createApi(options: ClientOptions = {}): Api {
  const client = createClient<paths>({ credentials: 'same-origin', querySerializer: queryString, ...options });
  client.use(sessionMiddleware);
  return client;
}

/** The client the pages use. */
export const api = createApi();

/**
 * The body of a successful answer. Every failure was thrown as ApiError by the middleware already;
 * a result that carries one anyway (a client without it) is thrown the same way.
 */
export function data<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw errorOf(result.response.status, result.error);
  return result.data as T;
}

/** An HTTP method as the generated types name it. */
export type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/**
 * A named schema of the document's components as the client answers it: `Schema<'HolidayYearView'>`.
 * openapi-fetch reads the answers through `Readable`, which turns a tuple into an array (a case's
 * `separatedSteps` is `string[][]`); the name goes through it too, or a page could not hand what
 * `data()` answered to a component typed by the name.
 */
export type Schema<Name extends keyof components['schemas']> = Readable<components['schemas'][Name]>;

/** What an operation answers on success: `Answer<'/api/calendar/holiday-years', 'get'>`. */
export type Answer<Path extends ClientPathsWithMethod<Api, M>, M extends Method = 'get'> = MethodResponse<Api, M, Path>;

/** The JSON body an operation takes: `BodyOf<'/api/calendar/holiday-years', 'post'>`. */
export type BodyOf<Path extends ClientPathsWithMethod<Api, M>, M extends Method = 'post'> = NonNullable<
  FetchOptions<NonNullable<paths[Path][M]>>['body']
>;

/** The query an operation takes: `QueryOf<'/api/agencies', 'get'>`. */
export type QueryOf<Path extends ClientPathsWithMethod<Api, M>, M extends Method = 'get'> =
  NonNullable<paths[Path][M]> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
