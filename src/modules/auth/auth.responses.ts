/** What the authentication routes answer: the session, the staff login steps, the hall account's steps. */
import { z } from 'zod';
import { instantText, listOf } from '../../http/response-pieces.ts';

const challenge = z.string().describe('The token of this login or registration step, sent back with the next');
const masked = (what: string) => z.string().describe(`${what}, masked`);

/** A role the staff member holds, with its names. */
const roleName = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }).meta({ id: 'AuthRoleName' });

/** Who is logged in, what they may do, and for how long. */
export const authSession = z
  .object({
    kind: z.enum(['staff', 'person', 'employer']),
    id: z.number().int(),
    displayName: z.string(),
    username: z.string().nullable().describe('Staff only; null for a hall account'),
    identifierMasked: z.string().nullable().describe('The citizen ID or credit code, masked; null for staff'),
    csrfToken: z.string().describe('Send as the x-csrf-token header on every POST, PUT, PATCH and DELETE'),
    roles: listOf(z.string()),
    roleNames: listOf(roleName),
    permissions: listOf(z.string()).describe('Sorted; empty for a hall account'),
    agency: z
      .object({
        id: z.number().int(),
        code: z.string(),
        name: z.string(),
        // The org module's AGENCY_LEVELS; org imports auth, so auth states them itself.
        level: z.literal([1, 2, 3, 4, 5]).describe('1 province … 5 community'),
      })
      .nullable()
      .describe('The staff member’s agency; null for a hall account'),
    idleTimeoutSeconds: z.number().int(),
    expiresAt: instantText.nullable().describe('When the session ends however active it stays'),
  })
  .meta({ id: 'AuthSession' });

/** `GET /api/auth/session`. */
export const sessionAnswer = z
  .object({ demo: z.boolean(), session: authSession.nullable() })
  .meta({ id: 'AuthSessionInfo' });

/** A step of the staff login: done, or what the next call must bring. */
export const loginStep = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('ok') }).describe('Logged in; the session cookie is set'),
    z.object({ status: z.literal('change_password'), challenge }),
    z.object({
      status: z.literal('totp_enrol'),
      challenge,
      secret: z.string().describe('The TOTP secret, base32'),
      otpauthUrl: z.string(),
      qrDataUrl: z.string().describe('The otpauth URL as a PNG data URL'),
    }),
    z.object({ status: z.literal('totp'), challenge }),
  ])
  .meta({ id: 'AuthLoginStep' });

/** `POST /api/public/register/start`: the same answer whether a code was sent or not. */
export const registerStarted = z.object({ challenge }).meta({ id: 'AuthRegisterStarted' });

/** A code texted to a phone. */
export const codeSent = z
  .object({ challenge, sentTo: masked('The phone the code went to') })
  .meta({ id: 'AuthCodeSent' });

/** `POST /api/public/login`: the password was right; a code went to the account's phone. */
export const publicLoginStarted = codeSent.extend({ status: z.literal('otp') }).meta({ id: 'AuthPublicLoginStarted' });

/** Logged in (or the account opened and logged in); the session cookie is set. */
export const loginDone = z.object({ status: z.literal('ok') }).meta({ id: 'AuthLoggedIn' });

/** The hall account's login phone. */
export const loginPhone = z.object({ phoneMasked: masked('The login phone') }).meta({ id: 'AuthLoginPhone' });

/** `POST /api/hall/account/phone`: one code to the current phone, another to the new one. */
export const phoneChangeStarted = z
  .object({ challenge, currentMasked: masked('The current phone'), newMasked: masked('The new phone') })
  .meta({ id: 'AuthPhoneChangeStarted' });

/** `GET /api/demo/outbox`: the messages a step sent, newest first, in the caller's language. */
export const demoOutbox = z
  .object({
    messages: listOf(z.object({ to: masked('The recipient'), body: z.string(), at: instantText })),
  })
  .meta({ id: 'AuthDemoOutbox' });
