/** The HTTP SMS gateway provider against a local HTTP server standing in for the gateway. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliverableMessage } from './outbox.model.ts';
import { httpSmsProvider } from './outbox.provider.sms-http.ts';

interface Hit {
  authorization: string | undefined;
  contentType: string | undefined;
  body: Record<string, string>;
}

const hits: Hit[] = [];
let answer = { status: 200, body: '{"accepted":true}' };
let server: http.Server;
let url = '';

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      hits.push({
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>,
      });
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/messages`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message: DeliverableMessage = {
  id: 7,
  channel: 'sms',
  recipient: '13800001111',
  recipientMasked: '138****1111',
  purpose: 'login',
  bodyZh: '【社保经办】您的验证码是 123456，5分钟内有效。请勿告诉他人。',
  bodyEn: '[Shebao] Your verification code is 123456.',
  correlation: 'challenge',
};

describe('the HTTP SMS gateway provider', () => {
  it('posts the message as JSON with the bearer token and the message reference', async () => {
    answer = { status: 202, body: '{}' };
    await httpSmsProvider({ url, token: 'tok-1' }).deliver(message);
    expect(hits.at(-1)).toEqual({
      authorization: 'Bearer tok-1',
      contentType: 'application/json',
      body: { reference: 'shebao-7', to: '13800001111', text: message.bodyZh, purpose: 'login' },
    });
  });

  it('fails with the status and the gateway’s words when it refuses', async () => {
    answer = { status: 503, body: 'quota exceeded' };
    await expect(httpSmsProvider({ url, token: undefined }).deliver(message)).rejects.toThrow(
      'gateway answered 503: quota exceeded',
    );
    expect(hits.at(-1)?.authorization).toBeUndefined();
  });

  it('fails when nothing listens', async () => {
    await expect(
      httpSmsProvider({ url: 'http://127.0.0.1:9/none', token: undefined }).deliver(message),
    ).rejects.toThrow();
  });
});
