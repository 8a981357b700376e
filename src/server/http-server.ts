import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';

/**
 * Not ready for an expected reason (the database still opening, getMe pending, shutting down): /readyz
 * answers 503 and logs it at debug, as every normal start goes through it; any other error is a failure.
 */
export class NotReadyYet extends Error {
  override name = 'NotReadyYet';
}

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Throws when a dependency (the database) is not ready: NotReadyYet while starting or stopping. */
  readiness: () => Promise<void>;
  /** The webhook handler and its path, in webhook mode. */
  webhook?: { path: string; handle: (req: IncomingMessage, res: ServerResponse) => unknown };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** /healthz (the process is up), /readyz (the database answers), and the webhook in webhook mode. */
export function startHttpServer(options: HttpServerOptions): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (req.method === 'GET' && path === '/healthz') return send(res, 200, { status: 'ok' });
      if (req.method === 'GET' && path === '/readyz') {
        try {
          await options.readiness();
          return send(res, 200, { status: 'ready' });
        } catch (err) {
          if (err instanceof NotReadyYet) options.logger.debug({ reason: err.message }, 'not ready yet');
          else options.logger.warn({ err }, 'readiness check failed');
          return send(res, 503, { status: 'not ready' });
        }
      }
      if (options.webhook && req.method === 'POST' && path === options.webhook.path) {
        return await options.webhook.handle(req, res);
      }
      send(res, 404, { error: 'not found' });
    } catch (err) {
      options.logger.error({ err, path }, 'http request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** Stops listening and ends every connection left (call once the requests that matter were answered). */
export function stopHttpServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}
