// Posts Telegram updates to a webhook the way Telegram does (JSON body, secret header), on keep-alive
// connections, and times each post from the moment it is written to the end of its answer.
import { Agent, request } from 'node:http';
import type { Update } from 'grammy/types';

export interface PostResult {
  /** HTTP status, or 0 when the connection failed or the client gave up. */
  status: number;
  ms: number;
}

/** The client gives up after this long (the bot answers every post within 10 s anyway). */
const GIVE_UP_MS = 30_000;

export class WebhookPoster {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 512 });
  private readonly url: URL;

  constructor(
    webhookUrl: string,
    private readonly secret: string,
  ) {
    this.url = new URL(webhookUrl);
  }

  post(update: Update): Promise<PostResult> {
    const body = JSON.stringify(update);
    const started = performance.now();
    return this.attempt(body, started, true);
  }

  close(): void {
    this.agent.destroy();
  }

  private attempt(body: string, started: number, mayRetry: boolean): Promise<PostResult> {
    return new Promise((resolve) => {
      let settled = false;
      const finish = (status: number) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, ms: performance.now() - started });
      };
      const req = request(
        {
          agent: this.agent,
          hostname: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': this.secret,
          },
        },
        (res) => {
          res.resume();
          res.once('end', () => finish(res.statusCode ?? 0));
          res.once('error', () => finish(0));
        },
      );
      const timer = setTimeout(() => {
        req.destroy();
        finish(0);
      }, GIVE_UP_MS);
      req.once('error', (err: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed just as this post was written: Node's documented retry.
        if (mayRetry && req.reusedSocket && err.code === 'ECONNRESET' && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve(this.attempt(body, started, false));
          return;
        }
        finish(0);
      });
      req.end(body);
    });
  }
}
