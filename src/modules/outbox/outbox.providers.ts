/** Which provider carries each channel, from the configuration. */
import type { Config } from '../../config.ts';
import type { MessageProvider, MessageProviders } from './outbox.model.ts';
import { smtpProvider } from './outbox.provider.smtp.ts';
import { httpSmsProvider } from './outbox.provider.sms-http.ts';

/**
 * Keeps messages in the outbox only: nothing leaves the machine. The demo shows such messages on
 * screen (演示短信); tests and benchmarks use it where no gateway exists.
 */
export const outboxOnlyProvider: MessageProvider = {
  name: 'outbox',
  async deliver() {},
};

/** Every channel kept in the outbox (demo, tests, benchmarks). */
export const outboxOnlyProviders: MessageProviders = { sms: outboxOnlyProvider, email: outboxOnlyProvider };

/**
 * The configured gateways; in demo mode a channel without one is shown on screen instead, and
 * outside it a channel without one has no provider (its messages are refused or end dead).
 */
export function providersFromConfig(config: Config): MessageProviders {
  const fallback = config.demo ? outboxOnlyProvider : null;
  return {
    sms: config.smsGatewayUrl
      ? httpSmsProvider({ url: config.smsGatewayUrl, token: config.smsGatewayToken })
      : fallback,
    email: config.smtpUrl ? smtpProvider({ url: config.smtpUrl, from: config.mailFrom }) : fallback,
  };
}
