/** The SMTP provider against a real SMTP server (smtp-server) started by the test on loopback. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliverableMessage } from './outbox.model.ts';
import { smtpProvider } from './outbox.provider.smtp.ts';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true, // loopback only, no TLS in the test
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'shebao' && auth.password === 's3cret') return callback(null, { user: auth.username });
      return callback(new Error('bad credentials'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.example')) return callback(new Error('mailbox unavailable'));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = (to: string): DeliverableMessage => ({
  id: 41,
  channel: 'email',
  recipient: to,
  recipientMasked: 'z***@example.cn',
  purpose: 'case_notice',
  bodyZh: '您的业务已办结，受理编号 330106-20260302-0001。',
  bodyEn: 'Your case 330106-20260302-0001 is complete.',
  correlation: null,
});

describe('the SMTP provider', () => {
  it('delivers a message through the server, authenticated, in both languages', async () => {
    const provider = smtpProvider({
      url: `smtp://shebao:s3cret@127.0.0.1:${port}`,
      from: '社保经办 <noreply@shebao.test>',
    });
    await provider.deliver(message('zhang@example.cn'));
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail).toMatchObject({ from: 'noreply@shebao.test', to: ['zhang@example.cn'], user: 'shebao' });
    expect(mail.raw).toContain('X-Shebao-Message: 41');
    const body = decodeBody(mail.raw);
    expect(body).toContain('受理编号 330106-20260302-0001');
    expect(body).toContain('Your case 330106-20260302-0001 is complete.');
  });

  it('fails when the server refuses the recipient, so the worker retries', async () => {
    const provider = smtpProvider({ url: `smtp://shebao:s3cret@127.0.0.1:${port}`, from: 'noreply@shebao.test' });
    await expect(provider.deliver(message('nobody@refused.example'))).rejects.toThrow(/mailbox unavailable/);
  });

  it('fails on wrong credentials', async () => {
    const provider = smtpProvider({ url: `smtp://shebao:wrong@127.0.0.1:${port}`, from: 'noreply@shebao.test' });
    await expect(provider.deliver(message('zhang@example.cn'))).rejects.toThrow();
  });
});

/** The text part of a simple message, quoted-printable or base64 as nodemailer chose. */
function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head ?? '')) return Buffer.from(body, 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head ?? ''))
    return Buffer.from(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}
