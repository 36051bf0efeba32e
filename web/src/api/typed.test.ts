/**
 * The typed client keeps the rules of `http`: the same headers out, the same ApiError (and 401
 * handling, and activity time) back, for every call. A fake fetch stands in for the server.
 */
import createClient from 'openapi-fetch';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { setLanguage } from '../i18n/index.ts';
import { ApiError, getLastActivityAt, http, queryString, setCsrfToken, setUnauthorizedHandler } from './client.ts';
import type { paths } from './schema.gen.ts';
import { type Answer, type BodyOf, type QueryOf, type Schema, createApi, data } from './typed.ts';

// The calendar's shapes, named here as its page names them (the page itself is staff code).
type HolidayNotice = BodyOf<'/api/calendar/holiday-years', 'post'>;
type NoticeLoaded = Answer<'/api/calendar/holiday-years', 'post'>;
type HolidayBlock = Schema<'HolidayYearView'>['blocks'][number];

const origin = 'http://shebao.test';
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const notice: HolidayNotice = {
  year: 2027,
  source: 'State Council notice',
  blocks: [
    {
      name: { zh: '元旦', en: "New Year's Day" },
      firstDayOff: '2027-01-01',
      lastDayOff: '2027-01-01',
      makeUpWorkdays: [],
    },
  ],
};

/** A client whose server is `answer`; `sent` holds every request it made. */
function clientAnswering(answer: (request: Request) => Response | Promise<Response>) {
  const sent: Request[] = [];
  const api = createApi({
    baseUrl: origin,
    fetch: async (request) => {
      sent.push(request);
      return answer(request);
    },
  });
  return { api, sent };
}

/** The ApiError a call rejects with. */
async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const unauthorized = vi.fn<(path: string) => void>();
beforeEach(() => {
  // setLanguage also marks the page's language; a stand-in page for these tests in Node.
  vi.stubGlobal('document', { documentElement: { lang: '' } });
  setLanguage('zh-CN');
  setCsrfToken(null);
  unauthorized.mockReset();
  setUnauthorizedHandler(unauthorized);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(() => {});
});

describe('the typed client on the way out', () => {
  it('reads with the interface language and no CSRF token, and answers the body', async () => {
    const { api, sent } = clientAnswering(() => json(200, { years: [] }));
    setCsrfToken('token-1');
    setLanguage('en');
    await expect(api.GET('/api/calendar/holiday-years').then(data)).resolves.toEqual({ years: [] });
    const [request] = sent;
    expect(request?.url).toBe(`${origin}/api/calendar/holiday-years`);
    expect(request?.headers.get('Accept')).toBe('application/json');
    expect(request?.headers.get('Accept-Language')).toBe('en');
    expect(request?.headers.has('x-csrf-token')).toBe(false);
    expect(request?.credentials).toBe('same-origin');
  });

  it('writes with the CSRF token of the session and a JSON body', async () => {
    const loaded = { year: 2027, source: notice.source, recounted: {} };
    const { api, sent } = clientAnswering(() => json(201, loaded));
    setCsrfToken('token-2');
    await expect(api.POST('/api/calendar/holiday-years', { body: notice }).then(data)).resolves.toEqual(loaded);
    const [request] = sent;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('x-csrf-token')).toBe('token-2');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.headers.get('Accept-Language')).toBe('zh-CN');
    expect(await request?.json()).toEqual(notice);
  });

  it('sends a query as http does: empty values left out, a list as repeated keys', async () => {
    const { api, sent } = clientAnswering(() => json(200, []));
    await api.GET('/api/agencies', { params: { query: { includeClosed: 'true' } } });
    expect(sent[0]?.url).toBe(`${origin}/api/agencies?includeClosed=true`);
    expect(queryString({ a: '', b: null, c: undefined, d: 0, e: false, f: ['x', 'y'] })).toBe('d=0&e=false&f=x&f=y');
  });

  it('sends the same headers as http for the same call', async () => {
    const fromHttp: Request[] = [];
    vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
      fromHttp.push(new Request(`${origin}${path}`, init));
      return json(201, {});
    });
    const { api, sent } = clientAnswering(() => json(201, {}));
    setCsrfToken('token-3');
    await http.post('/api/calendar/holiday-years', notice);
    await api.POST('/api/calendar/holiday-years', { body: notice });
    const headersOf = (request: Request | undefined) => Object.fromEntries(request?.headers ?? []);
    expect(headersOf(sent[0])).toEqual(headersOf(fromHttp[0]));
  });
});

describe('the typed client on the way back', () => {
  it("throws a refusal as ApiError with the server's code, message and details", async () => {
    const body = { code: 'notice_invalid', message: '通知有误', details: { problem: 'span' } };
    const { api } = clientAnswering(() => json(409, body));
    const error = await failure(api.POST('/api/calendar/holiday-years', { body: notice }));
    expect(error).toMatchObject({
      status: 409,
      code: 'notice_invalid',
      message: '通知有误',
      details: { problem: 'span' },
    });
    expect(unauthorized).not.toHaveBeenCalled();
  });

  it('names a failure without an error body by its status, in the interface language', async () => {
    const { api } = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    setLanguage('en');
    const error = await failure(api.GET('/api/calendar/holiday-years'));
    expect(error).toMatchObject({ status: 502, code: 'http_502', details: null });
    expect(error.message).toContain('HTTP 502');
  });

  it('throws a call that never reached the server as network_error', async () => {
    const { api } = clientAnswering(() => Promise.reject(new TypeError('fetch failed')));
    const error = await failure(api.GET('/api/calendar/holiday-years'));
    expect(error).toMatchObject({ status: 0, code: 'network_error', message: '无法连接服务器，请检查网络后重试' });
  });

  it('tells the unauthorized handler of a 401 on a call that needs a session', async () => {
    const { api } = clientAnswering(() => json(401, { code: 'unauthenticated', message: 'log in', details: null }));
    expect((await failure(api.GET('/api/agencies', { params: { query: { includeClosed: 'false' } } }))).code).toBe(
      'unauthenticated',
    );
    expect(unauthorized).toHaveBeenCalledExactlyOnceWith('/api/agencies?includeClosed=false');
  });

  it('leaves a 401 of a login call to the form (wrong credentials, not a lost session)', async () => {
    const { api } = clientAnswering(() => json(401, { code: 'bad_credentials', message: 'no', details: null }));
    const call = api.POST('/api/auth/staff/login', { body: { username: 'clerk', password: 'wrong' } });
    expect((await failure(call)).code).toBe('bad_credentials');
    expect(unauthorized).not.toHaveBeenCalled();
  });

  it('counts an answered call as activity for the idle watch, and a refused one not', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T01:00:00Z'), toFake: ['Date'] });
    try {
      const ok = clientAnswering(() => json(200, { years: [] }));
      await ok.api.GET('/api/calendar/holiday-years');
      expect(getLastActivityAt()).toBe(Date.parse('2026-03-02T01:00:00Z'));
      vi.setSystemTime(new Date('2026-03-02T01:05:00Z'));
      const refused = clientAnswering(() => json(403, { code: 'forbidden', message: 'no', details: null }));
      await failure(refused.api.GET('/api/calendar/holiday-years'));
      expect(getLastActivityAt()).toBe(Date.parse('2026-03-02T01:00:00Z'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('data() throws the error a client without the middleware returns', async () => {
    const bare = createClient<paths>({
      baseUrl: origin,
      fetch: async () => json(404, { code: 'not_found', message: 'gone' }),
    });
    const error = await failure(bare.GET('/api/calendar/holiday-years').then(data));
    expect(error).toMatchObject({ status: 404, code: 'not_found', details: null });
  });
});

describe('the generated types', () => {
  it('name the answers and bodies of the calendar as the server declares them', () => {
    expectTypeOf<Answer<'/api/calendar/holiday-years'>>().toEqualTypeOf<{
      readonly years: Schema<'HolidayYearView'>[];
    }>();
    expectTypeOf<NoticeLoaded['recounted'][string]>().toEqualTypeOf<{
      checked: number;
      moved: number;
      settled: number;
    }>();
    expectTypeOf<HolidayBlock['name']>().toEqualTypeOf<{ zh: string; en: string }>();
    expectTypeOf<QueryOf<'/api/agencies'>>().toEqualTypeOf<{ includeClosed?: 'true' | 'false' }>();
  });

  it('name a schema as the client answers it, tuples included', () => {
    expectTypeOf<Answer<'/api/cases/{id}'>>().toEqualTypeOf<Schema<'CaseDetail'>>();
    expectTypeOf<Answer<'/api/cases/intake', 'post'>>().toEqualTypeOf<Schema<'CaseIntakeAnswer'>>();
  });
});
