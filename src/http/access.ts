/**
 * Who is calling and whether they may: the session cookie is resolved, the route's declared access
 * is checked, and state-changing calls with a session must carry the session's CSRF token.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { common } from '../kernel/rejection.ts';
import type { AuditActor } from '../modules/audit/index.ts';
import {
  authenticateApiKey,
  authRejections,
  rejectApiKey,
  resolveSession,
  type Access,
  type Actor,
  type ApiKeyHolderLookup,
  type ApiKeyPrincipal,
  type ApiKeyScope,
  type PublicActor,
  type StaffActor,
} from '../modules/auth/index.ts';

export const SESSION_COOKIE = 'sb_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    /** When the session ends however active it stays (its absolute lifetime). */
    sessionExpiresAt: Date | null;
    csrfToken: string | null;
    /** The employer API key of a payroll API call (routes with `{apiKey: scope}` access). */
    apiKey: ApiKeyPrincipal | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Calls one API key may make per minute on a payroll-API route. */
export const API_KEY_CALLS_PER_MINUTE = 120;

/** The rate limit of a payroll-API route: every key's calls in a bucket of their own. */
export const perApiKey = {
  max: API_KEY_CALLS_PER_MINUTE,
  timeWindow: '1 minute',
  keyGenerator: (request: FastifyRequest) => (request.apiKey ? `apikey:${request.apiKey.keyId}` : request.ip),
};

/** The audit actor of a request: the logged-in user or an anonymous caller, with IP and request id. */
export function auditActorOf(request: FastifyRequest): AuditActor {
  const actor = request.actor;
  return {
    kind: actor ? actor.kind : 'anonymous',
    id: actor ? actor.id : null,
    name: actor ? actor.displayName : 'anonymous',
    agencyId: actor?.kind === 'staff' ? actor.agencyId : null,
    ip: request.ip,
    requestId: request.id,
  };
}

/** The staff actor of a request whose route requires staff; asserts it. */
export function staffOf(request: FastifyRequest): StaffActor {
  const actor = request.actor;
  if (!actor || actor.kind !== 'staff') throw new Error('route declared staff access but has no staff actor');
  return actor;
}

/** The hall (public) account of a request whose route requires one; asserts it. */
export function publicOf(request: FastifyRequest): PublicActor {
  const actor = request.actor;
  if (!actor || actor.kind === 'staff') throw new Error('route declared public_user access but has no public actor');
  return actor;
}

/**
 * The hall account of a request on a route for one kind of account (a person's, an employer's):
 * the other kind is refused as `forbidden`, like a role the caller does not hold.
 */
export function hallAccountOf<K extends PublicActor['kind']>(
  request: FastifyRequest,
  kind: K,
): PublicActor & { readonly kind: K } {
  const actor = publicOf(request);
  if (actor.kind !== kind) throw common.reject('forbidden');
  return actor as PublicActor & { readonly kind: K };
}

/** The API key of a request whose route requires one; asserts it. */
export function apiKeyOf(request: FastifyRequest): ApiKeyPrincipal {
  if (!request.apiKey) throw new Error('route declared API key access but has no key');
  return request.apiKey;
}

function allowed(access: Access, actor: Actor | null): 'ok' | 'unauthenticated' | 'forbidden' {
  if ('public' in access) return 'ok';
  if (!actor) return 'unauthenticated';
  if ('authenticated' in access) {
    if (access.authenticated === 'any') return 'ok';
    if (access.authenticated === 'staff') return actor.kind === 'staff' ? 'ok' : 'forbidden';
    return actor.kind === 'staff' ? 'forbidden' : 'ok';
  }
  if ('apiKey' in access || actor.kind !== 'staff') return 'forbidden';
  const needed = 'permission' in access ? [access.permission] : access.anyPermission;
  return needed.some((p) => actor.permissions.has(p)) ? 'ok' : 'forbidden';
}

/**
 * API-key routes ignore sessions: a bearer key is required (a logged-in browser without one is
 * refused as forbidden) and there is no CSRF check, since no cookie authenticates the call.
 */
async function authenticateApiCall(
  ctx: AppContext,
  holderOf: ApiKeyHolderLookup,
  request: FastifyRequest,
  scope: ApiKeyScope,
): Promise<void> {
  const authorization = request.headers.authorization;
  if (!authorization && request.cookies[SESSION_COOKIE]) throw rejectApiKey('api_key_required');
  const meta = { ip: request.ip, requestId: request.id };
  request.apiKey = await authenticateApiKey(ctx, holderOf, authorization, scope, meta);
}

/**
 * Installs the session and access hooks on every route. `holderOf` answers who the employer behind
 * an API key is (registration's `apiKeyHolderOf`): passed in so that this file, which every
 * module's routes import, imports no business module and so closes no import cycle.
 */
export function installAccess(app: FastifyInstance, ctx: AppContext, holderOf: ApiKeyHolderLookup): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionExpiresAt', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('apiKey', null);

  // onRequest: who the caller is and whether they may call is settled before the body is even read.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // static files and the documentation; every /api route has one (see onRoute)
    if ('apiKey' in access) return authenticateApiCall(ctx, holderOf, request, access.apiKey);
    const token = request.cookies[SESSION_COOKIE];
    let expired = false;
    if (token) {
      const resolved = await resolveSession(ctx, token);
      if (resolved === 'expired') expired = true;
      else if (resolved) {
        request.actor = resolved.actor;
        request.sessionId = resolved.id;
        request.sessionExpiresAt = resolved.expiresAt;
        request.csrfToken = resolved.csrfToken;
      }
    }
    const verdict = allowed(access, request.actor);
    if (verdict === 'unauthenticated')
      throw expired ? authRejections.reject('session_expired') : common.reject('unauthenticated');
    if (verdict === 'forbidden') throw common.reject('forbidden');
    const needsCsrf = !('public' in access) && !SAFE_METHODS.has(request.method);
    if (needsCsrf && request.headers['x-csrf-token'] !== request.csrfToken) throw common.reject('csrf_token_invalid');
  });
}
