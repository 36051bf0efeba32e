/** The session and device cookies: httpOnly, SameSite=Strict, Secure over HTTPS (or when configured). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { DEVICE_TRUST_DAYS } from '../modules/auth/index.ts';
import { SESSION_COOKIE } from './access.ts';

/** The trusted-browser token of the login counters (decision 29). */
export const DEVICE_COOKIE = 'sb_device';

/** What `randomToken` makes: 32 bytes, base64url. Anything else in the cookie is ignored. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function secure(config: Config, request: FastifyRequest): boolean {
  return config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure;
}

export function setSessionCookie(config: Config, request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(config, request),
    path: '/',
  });
}

export function clearSessionCookie(config: Config, request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: secure(config, request), path: '/' });
}

/** Keeps the browser's device token for as long as it stays trusted. */
export function setDeviceCookie(config: Config, request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(config, request),
    path: '/api/',
    maxAge: DEVICE_TRUST_DAYS * 24 * 60 * 60,
  });
}

/** The device token the browser sent, if it is one we could have made. */
export function deviceTokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[DEVICE_COOKIE];
  return token !== undefined && TOKEN.test(token) ? token : null;
}
