/** E-mail through an SMTP server (the agency's own relay), with nodemailer. */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { GATEWAY_TIMEOUT_MS, type DeliverableMessage, type MessageProvider } from './outbox.model.ts';

export interface SmtpSettings {
  /** `smtp://user:password@host:587` (STARTTLS when the server offers it) or `smtps://…:465`. */
  readonly url: string;
  /** The sender, e.g. `社保经办 <noreply@example.gov.cn>`. */
  readonly from: string;
}

/** The subject line: what the message is about, in both languages. */
function subjectOf(message: DeliverableMessage): string {
  return `【社保经办】通知 / Shebao notice (${message.purpose})`;
}

/** A provider that sends each e-mail message through the SMTP server at `settings.url`. */
export function smtpProvider(settings: SmtpSettings): MessageProvider {
  const options: SMTPTransport.Options = {
    url: settings.url,
    connectionTimeout: GATEWAY_TIMEOUT_MS,
    greetingTimeout: GATEWAY_TIMEOUT_MS,
    socketTimeout: GATEWAY_TIMEOUT_MS,
  };
  const transport = nodemailer.createTransport(options);
  return {
    name: 'smtp',
    async deliver(message) {
      await transport.sendMail({
        from: settings.from,
        to: message.recipient,
        subject: subjectOf(message),
        text: `${message.bodyZh}\n\n${message.bodyEn}\n`,
        messageId: `<shebao-message-${message.id}@${new URL(settings.url).hostname}>`,
        headers: { 'X-Shebao-Message': String(message.id) },
      });
    },
  };
}
