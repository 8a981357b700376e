import { InputFile, type Transformer } from 'grammy';
import type { OutboxAttachment } from '../../db/schema/index.js';
import type { OutboxCall } from '../../services/outbox.js';

/** What a deferred call resolves to: its real result is not known until the update has committed. */
function unknownResult(method: string): unknown {
  if (!method.startsWith('send') && !method.startsWith('edit')) return true;
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'then' || typeof property === 'symbol') return undefined;
        throw new Error(`the result of ${method} is known only once the update has committed`);
      },
    },
  );
}

/** Whether a call only reads (getFile, getChat…): it is made at once, it changes nothing in the chat. */
function onlyReads(method: string): boolean {
  return method.startsWith('get');
}

/** Whether a payload carries a file to upload. */
function uploadsFile(payload: unknown): boolean {
  if (payload === null || typeof payload !== 'object') return false;
  return Object.values(payload).some((value) => value instanceof InputFile);
}

/**
 * The Bot API calls one update decides on, held back while the update's transaction runs: what the bot
 * says is written with the update's effects (see handleOnce) and sent once they committed, so no
 * transaction waits on Telegram. Calls that only read go through at once. Once the update's calls are
 * taken, later calls (the error boundary's apology for a failed update) go straight to Telegram.
 */
export class UpdateOutbox {
  private calls: OutboxCall[] = [];
  private collecting = true;

  /** The outgoing-call transformer of the update's Api: installed on it before any handler runs. */
  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    if (!this.collecting || onlyReads(method)) return prev(method, payload, signal);
    if (uploadsFile(payload)) {
      throw new Error(`${method} with a file goes through the outbox's upload (replyWithUpload)`);
    }
    this.calls.push({ method, payload: JSON.parse(JSON.stringify(payload ?? {})) });
    return { ok: true, result: unknownResult(method) } as Awaited<ReturnType<typeof prev>>;
  };

  /** Queues an upload (a chart drawn when it is sent, or a file) with the call's other parameters. */
  upload(
    method: 'sendPhoto' | 'sendDocument',
    payload: Record<string, unknown>,
    attachment: OutboxAttachment,
  ) {
    if (!this.collecting) throw new Error('an upload after the update committed');
    this.calls.push({ method, payload, attachment });
  }

  /** Ends collecting: the calls decided so far, in order; from now on calls go straight out. */
  take(): OutboxCall[] {
    this.collecting = false;
    const calls = this.calls;
    this.calls = [];
    return calls;
  }
}
