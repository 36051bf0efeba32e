/**
 * Text messages through an HTTP SMS gateway: one JSON POST per message, with a bearer token.
 * Any 2xx answer means the gateway took the message; anything else, or no answer in time, is a
 * failure that the delivery worker retries. The message id travels as `reference`, so a gateway
 * that deduplicates can recognise a repeated attempt.
 */
import { GATEWAY_TIMEOUT_MS, type DeliverableMessage, type MessageProvider } from './outbox.model.ts';

export interface SmsGatewaySettings {
  /** The gateway's endpoint, e.g. `https://sms.example.gov.cn/v1/messages`. */
  readonly url: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  readonly token: string | undefined;
}

/** The JSON body the gateway receives. */
export function smsGatewayBody(message: DeliverableMessage): Record<string, string> {
  return { reference: `shebao-${message.id}`, to: message.recipient, text: message.bodyZh, purpose: message.purpose };
}

/** A provider that posts each text message to the HTTP gateway at `settings.url`. */
export function httpSmsProvider(settings: SmsGatewaySettings): MessageProvider {
  return {
    name: 'sms-http',
    async deliver(message) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (settings.token) headers.authorization = `Bearer ${settings.token}`;
      const response = await fetch(settings.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(smsGatewayBody(message)),
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      });
      if (response.ok) return;
      const text = (await response.text().catch(() => '')).slice(0, 200);
      throw new Error(`gateway answered ${response.status}${text ? `: ${text}` : ''}`);
    },
  };
}
