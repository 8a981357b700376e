import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';

/**
 * Not ready for an expected reason (the database still opening, getMe pending, shutting down): /readyz
 * answers 503 and logs it at debug, as every normal start goes through it; any other error is a failure.
 */
export class NotReadyYet extends Error {
  override name = 'NotReadyYet';
}

/** How long a client may take to send a request; what is slower is answered 408 and its connection closed. */
export interface RequestTimeouts {
  /** For the request line and headers. */
  headersMs: number;
  /** For the whole request, body included (not the answer: a slow update is not cut off). */
  requestMs: number;
  /** How often connections are checked against both. */
  checkEveryMs: number;
}

/** Telegram posts a few KB at once: a request trickling in for seconds is not one, it only holds a socket. */
export const REQUEST_TIMEOUTS: RequestTimeouts = { headersMs: 5000, requestMs: 10_000, checkEveryMs: 1000 };

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Throws when a dependency (the database) is not ready: NotReadyYet while starting or stopping. */
  readiness: () => Promise<void>;
  /** The webhook handler and its path, in webhook mode. */
  webhook?: { path: string; handle: (req: IncomingMessage, res: ServerResponse) => unknown };
  /** REQUEST_TIMEOUTS by default. */
  timeouts?: RequestTimeouts;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * /healthz (the process is up), /readyz (the database answers), and the webhook in webhook mode. A request
 * must arrive within `timeouts`, so a client sending its headers or body slowly cannot hold a connection.
 */
export function startHttpServer(options: HttpServerOptions): Promise<Server> {
  const timeouts = options.timeouts ?? REQUEST_TIMEOUTS;
  const serverOptions = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: timeouts.checkEveryMs,
  };
  const server = createServer(serverOptions, async (req, res) => {
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
