/** Runtime configuration, read once from the environment. Every knob is listed in the README. */
import path from 'node:path';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL connection string; unset means embedded PGlite under `dataDir`. */
  readonly databaseUrl: string | undefined;
  /**
   * PostgreSQL connection string of the role that owns the tables, for the migrations and the
   * one-time keying of the chains; unset means `databaseUrl`. The application's own sessions
   * always run as `shebao_app` (decision 35).
   */
  readonly migrateUrl: string | undefined;
  readonly dataDir: string;
  /** Demo mode: seeded demo accounts may skip the second factor; the UI shows a banner. */
  readonly demo: boolean;
  /** Hex master key for SM4 data at rest and SM3 blind indexes; generated under dataDir if unset. */
  readonly masterKeyHex: string | undefined;
  /** Mark cookies Secure even when the request did not arrive over HTTPS (behind a TLS proxy). */
  readonly cookieSecure: boolean | 'auto';
  readonly trustProxy: boolean;
  readonly logLevel: string;
  readonly loginRateLimitPerMinute: number;
  /** Absolute lifetime of a session in hours, however active it stays (the idle timeout aside). */
  readonly sessionHours: number;
  /** Public address of the web app, printed in QR codes (certificate check); no trailing slash. */
  readonly publicBaseUrl: string;
  /** HTTP SMS gateway endpoint; unset means no text messages outside demo mode. */
  readonly smsGatewayUrl: string | undefined;
  readonly smsGatewayToken: string | undefined;
  /** SMTP server for e-mail (`smtp://user:password@host:587`); unset means no e-mail outside demo mode. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, not ${value}`);
  return parsed;
}

/** Reads the configuration from `env` (defaults to `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const cookieSecure = env.SHEBAO_COOKIE_SECURE;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    migrateUrl: env.SHEBAO_MIGRATE_URL || undefined,
    dataDir: path.resolve(env.SHEBAO_DATA_DIR ?? 'data'),
    // Demo mode is on by default only for the embedded start; a real server opts in explicitly.
    demo: flag(env.SHEBAO_DEMO, databaseUrl === undefined),
    masterKeyHex: env.SHEBAO_MASTER_KEY || undefined,
    cookieSecure: cookieSecure === undefined || cookieSecure === '' ? 'auto' : flag(cookieSecure, false),
    trustProxy: flag(env.SHEBAO_TRUST_PROXY, false),
    logLevel: env.LOG_LEVEL ?? 'info',
    loginRateLimitPerMinute: Number(env.SHEBAO_LOGIN_RATE_LIMIT ?? 20),
    sessionHours: positive(env.SHEBAO_SESSION_HOURS, 12, 'SHEBAO_SESSION_HOURS'),
    publicBaseUrl: (env.SHEBAO_PUBLIC_URL || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    smsGatewayUrl: env.SHEBAO_SMS_URL || undefined,
    smsGatewayToken: env.SHEBAO_SMS_TOKEN || undefined,
    smtpUrl: env.SHEBAO_SMTP_URL || undefined,
    mailFrom: env.SHEBAO_MAIL_FROM || 'Shebao <noreply@localhost>',
  };
}
