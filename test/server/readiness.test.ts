import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NotReadyYet, startHttpServer, stopHttpServer } from '../../src/server/http-server.js';
import { captureLogs } from '../support/log-capture.js';

// /readyz while starting or stopping is normal (a debug line); a failing check once started is not (warn).

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await stopHttpServer(server);
});

async function serve(readiness: () => Promise<void>) {
  const logs = captureLogs('debug');
  const server = await startHttpServer({ host: '127.0.0.1', port: 0, logger: logs.logger, readiness });
  servers.push(server);
  const readyz = () => fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
  return { logs, readyz };
}

describe('/readyz', () => {
  it('answers 503 while starting or stopping, logged at debug as "not ready yet" with its reason and no stack', async () => {
    for (const reason of [
      'opening the database',
      'waiting for the Telegram Bot API (getMe)',
      'shutting down',
    ]) {
      const { logs, readyz } = await serve(async () => {
        throw new NotReadyYet(reason);
      });
      const answer = await readyz();
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ status: 'not ready' });
      expect(logs.lines()).toEqual([expect.objectContaining({ level: 20, msg: 'not ready yet', reason })]);
      expect(logs.raw.join('')).not.toContain('stack');
      expect(logs.lines()[0]).not.toHaveProperty('err');
    }
  });

  it('logs a failing check at warn with the error', async () => {
    const { logs, readyz } = await serve(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    });
    expect((await readyz()).status).toBe(503);
    const [line] = logs.lines();
    expect(line).toMatchObject({ level: 40, msg: 'readiness check failed' });
    expect(line?.err).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('answers 200 without a log line once ready', async () => {
    const { logs, readyz } = await serve(async () => {});
    expect((await readyz()).status).toBe(200);
    expect(logs.lines()).toEqual([]);
  });
});
