import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startHttpServer } from '../../src/server/http-server.js';
import { WebhookEndpoint } from '../../src/server/webhook-endpoint.js';
import { createHarness } from '../support/bot-harness.js';
import { useTestDatabase } from '../support/test-db.js';

const db = await useTestDatabase({ reset: 'once' });

const SECRET = 'test-secret-0123456789';

async function serve(ready: () => Promise<void>) {
  const h = createHarness(db);
  const endpoint = new WebhookEndpoint({ secretToken: SECRET, logger: createLogger('silent') });
  endpoint.open((update) => h.bot.handleUpdate(update));
  const server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('silent'),
    readiness: ready,
    webhook: { path: '/telegram/webhook', handle: endpoint.handle },
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { h, server, base };
}

describe('http server', () => {
  it('serves /healthz and /readyz, which follows the database', async () => {
    let healthy = true;
    const { server, base } = await serve(async () => {
      if (!healthy) throw new Error('database down');
    });
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
      healthy = false;
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('handles a webhook update only with the right secret token', async () => {
    const { h, server, base } = await serve(async () => {});
    try {
      const update = h.api.textUpdate({ id: 901, first_name: 'An', language_code: 'vi' }, '/help');
      const post = (headers: Record<string, string>) =>
        fetch(`${base}/telegram/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(update),
        });
      expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
      expect(h.api.callsOf('sendMessage')).toHaveLength(0);
      expect((await post({ 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(200);
      expect(String(h.api.callsOf('sendMessage')[0]!.payload.text)).toContain('ShopPulse');
    } finally {
      server.close();
    }
  });
});
