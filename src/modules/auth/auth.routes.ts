/** HTTP routes of authentication: session, staff login steps, self-service hall accounts. */
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, publicOf } from '../../http/access.ts';
import { clearSessionCookie, deviceTokenOf, setDeviceCookie, setSessionCookie } from '../../http/cookies.ts';
import { noContent } from '../../http/responses.ts';
import type { ZodApp } from '../../http/types.ts';
import { nameText } from '../../http/text.ts';
import { tokenDigest } from '../../kernel/sm-crypto.ts';
import { appendAudit } from '../audit/index.ts';
import { messagesFor } from '../outbox/index.ts';
import { activationStart, registerComplete, registerStart } from './auth.account-opening.ts';
import { IDLE_TIMEOUT_SECONDS, type RegisterLookup } from './auth.model.ts';
import { changeOwnPassword } from './auth.password-change.ts';
import { confirmPhoneChange, loginPhoneOf, startPhoneChange } from './auth.phone-change.ts';
import { publicLogin, publicLoginVerify } from './auth.public-login.ts';
import { rejectAuth } from './auth.rejections.ts';
import {
  codeSent,
  demoOutbox,
  loginDone,
  loginPhone,
  loginStep,
  phoneChangeStarted,
  publicLoginStarted,
  registerStarted,
  sessionAnswer,
} from './auth.responses.ts';
import { staffSessionNames } from './auth.session.views.ts';
import { endSession, type RequestMeta } from './auth.sessions.ts';
import { staffChangePasswordStep, staffLogin, staffTotpStep, type LoginResult } from './auth.staff-login.ts';

const password = z.string().min(1).max(128);
const challenge = z.string().min(20).max(100);
const code = z.string().min(4).max(10);
const identifier = z.string().min(1).max(30);
const publicKind = z.enum(['person', 'employer']);
const mobile = z.string().trim().min(1).max(20);

function metaOf(request: FastifyRequest): RequestMeta {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: request.id,
    deviceToken: deviceTokenOf(request),
  };
}

/** Login calls are rate limited per client address. */
function loginLimitOf(ctx: AppContext) {
  return { rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' } };
}

type Reply = Parameters<typeof setSessionCookie>[2];

/** Sets the cookies of a completed login: the session's and the device's. */
function loggedIn(
  ctx: AppContext,
  request: FastifyRequest,
  r: Reply,
  tokens: { sessionToken: string; deviceToken: string },
): void {
  setSessionCookie(ctx.config, request, r, tokens.sessionToken);
  setDeviceCookie(ctx.config, request, r, tokens.deviceToken);
}

/** The step a staff login call answers; the cookies are set once the login is complete. */
function loginAnswer(ctx: AppContext, result: LoginResult, request: FastifyRequest, r: Reply) {
  if (result.sessionToken && result.deviceToken)
    loggedIn(ctx, request, r, { sessionToken: result.sessionToken, deviceToken: result.deviceToken });
  return result.step;
}

/** The current session, as the web app reads it on start. */
function sessionRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/auth/session',
    {
      config: { access: { public: true } },
      schema: { tags: ['auth'], summary: 'Current session', response: { 200: sessionAnswer } },
    },
    async (request) => {
      const { actor, csrfToken } = request;
      // A session always carries its CSRF token; without one there is no session to describe.
      if (!actor || !csrfToken) return { demo: ctx.config.demo, session: null };
      const { roleNames, agency } =
        actor.kind === 'staff' ? await staffSessionNames(ctx.db, actor) : { roleNames: [], agency: null };
      return {
        demo: ctx.config.demo,
        session: {
          kind: actor.kind,
          id: actor.id,
          displayName: actor.displayName,
          username: actor.kind === 'staff' ? actor.username : null,
          identifierMasked: actor.kind === 'staff' ? null : actor.identifierMasked,
          csrfToken,
          roles: actor.kind === 'staff' ? actor.roles : [],
          roleNames,
          permissions: actor.kind === 'staff' ? [...actor.permissions].sort() : [],
          agency,
          idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
          expiresAt: request.sessionExpiresAt?.toISOString() ?? null,
        },
      };
    },
  );
}

/** Staff login: the password, a password change the policy asks for, the TOTP code. */
function staffLoginRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/auth/staff/login',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['auth'],
        summary: 'Staff login: password',
        response: { 200: loginStep },
        body: z.strictObject({ username: z.string().min(1).max(64), password }),
      },
    },
    async (request, r) => loginAnswer(ctx, await staffLogin(ctx, request.body, metaOf(request)), request, r),
  );
  app.post(
    '/api/auth/staff/change-password',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['auth'],
        summary: 'Staff login: set a new password',
        response: { 200: loginStep },
        body: z.strictObject({ challenge, newPassword: password }),
      },
    },
    async (request, r) =>
      loginAnswer(ctx, await staffChangePasswordStep(ctx, request.body, metaOf(request)), request, r),
  );
  app.post(
    '/api/auth/staff/totp',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['auth'],
        summary: 'Staff login: TOTP code (also confirms enrolment)',
        response: { 200: loginStep },
        body: z.strictObject({ challenge, code }),
      },
    },
    async (request, r) => loginAnswer(ctx, await staffTotpStep(ctx, request.body, metaOf(request)), request, r),
  );
}

/** Logging out, and changing one's own password. */
function accountRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/auth/logout',
    {
      config: { access: { authenticated: 'any' } },
      schema: { tags: ['auth'], summary: 'Log out', response: { 204: noContent } },
    },
    async (request, r) => {
      if (request.sessionId) {
        await endSession(ctx, request.sessionId);
        await ctx.db.transaction().execute((trx) =>
          appendAudit(trx, ctx.clock, auditActorOf(request), {
            action: 'auth.logout',
            entity: request.actor?.kind === 'staff' ? 'staff' : 'public_account',
            entityId: request.actor?.id ?? null,
          }),
        );
      }
      clearSessionCookie(ctx.config, request, r);
      return r.status(204).send(null);
    },
  );
  app.post(
    '/api/auth/password',
    {
      config: { access: { authenticated: 'any' } },
      schema: {
        tags: ['auth'],
        summary: 'Change my password (my other sessions end)',
        body: z.strictObject({ currentPassword: password, newPassword: password }),
        response: { 204: noContent },
      },
    },
    async (request, r) => {
      const actor = request.actor!;
      await changeOwnPassword(ctx, actor, request.sessionId, request.body, (trx) =>
        appendAudit(trx, ctx.clock, auditActorOf(request), {
          action: 'auth.password_changed',
          entity: actor.kind === 'staff' ? 'staff' : 'public_account',
          entityId: actor.id,
        }),
      );
      return r.status(204).send(null);
    },
  );
}

/** Opening a hall account: a code by the phone on file or a window's activation code, then a password. */
function registerRoutes(app: ZodApp, ctx: AppContext, register: RegisterLookup): void {
  app.post(
    '/api/public/register/start',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['public'],
        summary: 'Open a hall account: a code to the phone on file, if the register agrees (same answer either way)',
        body: z.strictObject({
          kind: publicKind,
          identifier,
          name: nameText(100),
          // Accepted from older clients and ignored: the code goes only to the phone on file.
          phone: z.string().max(20).optional(),
        }),
        response: { 200: registerStarted },
      },
    },
    async (request) => registerStart(ctx, register, request.body, metaOf(request)),
  );
  app.post(
    '/api/public/register/activate',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['public'],
        summary: 'Open (or re-bind) a hall account with an activation code from the window: a code to the phone',
        body: z.strictObject({
          kind: publicKind,
          identifier,
          activationCode: z.string().min(1).max(20),
          phone: mobile,
        }),
        response: { 200: codeSent },
      },
    },
    async (request) => activationStart(ctx, request.body, metaOf(request)),
  );
  app.post(
    '/api/public/register/complete',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['public'],
        summary: 'Register: code and password',
        body: z.strictObject({ challenge, code, password }),
        response: { 200: loginDone },
      },
    },
    async (request, r) => {
      const { sessionToken } = await registerComplete(ctx, request.body, metaOf(request));
      setSessionCookie(ctx.config, request, r, sessionToken);
      return { status: 'ok' as const };
    },
  );
}

/** Hall login (password, then a code) and, in demo mode, the messages sent. */
function publicLoginRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/public/login',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['public'],
        summary: 'Self-service login: password, then a code',
        body: z.strictObject({ kind: publicKind, identifier, password }),
        response: { 200: publicLoginStarted },
      },
    },
    async (request) => ({ status: 'otp' as const, ...(await publicLogin(ctx, request.body, metaOf(request))) }),
  );
  app.post(
    '/api/public/login/verify',
    {
      config: { access: { public: true }, ...loginLimitOf(ctx) },
      schema: {
        tags: ['public'],
        summary: 'Self-service login: code',
        body: z.strictObject({ challenge, code }),
        response: { 200: loginDone },
      },
    },
    async (request, r) => {
      loggedIn(ctx, request, r, await publicLoginVerify(ctx, request.body, metaOf(request)));
      return { status: 'ok' as const };
    },
  );
  app.get(
    '/api/demo/outbox',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['public'],
        summary: 'Demo mode: the messages sent for a login or registration',
        querystring: z.strictObject({ challenge }),
        response: { 200: demoOutbox },
      },
    },
    async (request) => {
      if (!ctx.config.demo) throw rejectAuth('demo_only');
      const english = request.headers['accept-language']?.toLowerCase().startsWith('en') ?? false;
      const messages = await messagesFor(ctx.db, tokenDigest(ctx.keys, request.query.challenge));
      return {
        messages: messages.map((m) => ({ to: m.to, body: english ? m.bodyEn : m.bodyZh, at: m.at.toISOString() })),
      };
    },
  );
}

/**
 * Registers the auth routes. Login calls are rate limited per client address, and failed ones
 * slow down further attempts (`login_throttled`). `register` answers
 * what the register holds (the registration module's, handed over by `http/`).
 */
export function authRoutes(app: ZodApp, ctx: AppContext, register: RegisterLookup): void {
  sessionRoutes(app, ctx);
  staffLoginRoutes(app, ctx);
  accountRoutes(app, ctx);
  registerRoutes(app, ctx, register);
  publicLoginRoutes(app, ctx);
  hallPhoneRoutes(app, ctx);
}

/** The hall account's login phone: read it, change it with a code to the current and the new phone. */
function hallPhoneRoutes(app: ZodApp, ctx: AppContext): void {
  const hall = { access: { authenticated: 'public_user' as const } };
  app.get(
    '/api/hall/account/phone',
    { config: hall, schema: { tags: ['hall'], summary: 'My login phone (masked)', response: { 200: loginPhone } } },
    async (request) => loginPhoneOf(ctx, publicOf(request)),
  );
  app.post(
    '/api/hall/account/phone',
    {
      config: hall,
      schema: {
        tags: ['hall'],
        summary: 'Change my login phone, step 1: codes to the current and the new phone',
        body: z.strictObject({ phone: mobile }),
        response: { 200: phoneChangeStarted },
      },
    },
    async (request) => startPhoneChange(ctx, publicOf(request), request.body),
  );
  app.post(
    '/api/hall/account/phone/confirm',
    {
      config: hall,
      schema: {
        tags: ['hall'],
        summary: 'Change my login phone, step 2: both codes',
        body: z.strictObject({ challenge, currentCode: code, newCode: code }),
        response: { 200: loginPhone },
      },
    },
    async (request) => confirmPhoneChange(ctx, publicOf(request), auditActorOf(request), request.body),
  );
}
