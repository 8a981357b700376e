import type { Transformer } from 'grammy';

export interface SendLimiterOptions {
  /** Sends allowed in any sliding window of `windowMs`, all chats together (Telegram: about 30/s). */
  limit?: number;
  /**
   * The sliding window. A little over a second by default: requests leave here and reach Telegram with a
   * few milliseconds of jitter, and an exact 1000 ms window would let 31 arrive within one of its seconds.
   */
  windowMs?: number;
  /** Minimum gap between two sends to the same chat (Telegram: about 1 per second). */
  perChatIntervalMs?: number;
  /** Called as each send is let through, with the instant it is counted at (metrics, tests). */
  onGrant?: (chat: string, at: number) => void;
}

/** The Bot API methods that put a message in a chat; other calls are not throttled. */
const SENDING_METHODS = new Set([
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendMediaGroup',
  'sendAnimation',
  'sendVideo',
  'sendAudio',
  'sendVoice',
  'sendSticker',
  'sendLocation',
  'sendPoll',
  'copyMessage',
  'forwardMessage',
]);

interface Waiter {
  chat: string;
  release: () => void;
}

/**
 * Paces outgoing messages before they are sent, so Telegram never has to answer 429: at most `limit`
 * sends in any sliding window overall, and one send per chat per `perChatIntervalMs`. A waiter whose chat
 * is still cooling down does not hold up waiters for other chats. The jobs' retry stays installed around it
 * for the 429s that happen anyway (another instance sending with the same token, Telegram's own limits).
 */
export class SendLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly perChatIntervalMs: number;
  /** Start times of the sends in the current window, oldest first. */
  private readonly recent: number[] = [];
  /** When each chat may receive its next message. */
  private readonly chatReadyAt = new Map<string, number>();
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onGrant: ((chat: string, at: number) => void) | undefined;

  constructor(options: SendLimiterOptions = {}) {
    this.onGrant = options.onGrant;
    this.limit = options.limit ?? 30;
    this.windowMs = options.windowMs ?? 1050;
    this.perChatIntervalMs = options.perChatIntervalMs ?? 1000;
  }

  /** Resolves when one message may be sent to `chat`; the send is counted from that moment. */
  acquire(chat: string): Promise<void> {
    return new Promise((release) => {
      this.queue.push({ chat, release });
      this.pump();
    });
  }

  /** Messages waiting for their turn. */
  get waiting(): number {
    return this.queue.length;
  }

  /** An API transformer that paces the sending methods; install it before the retry so retries are paced too. */
  transformer(): Transformer {
    return async (prev, method, payload, signal) => {
      const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id;
      if (SENDING_METHODS.has(method) && chat !== undefined) await this.acquire(String(chat));
      return prev(method, payload, signal);
    };
  }

  private pump(): void {
    // Recomputed on every call: a new waiter for an idle chat may go before the timer set for the others.
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = performance.now();
    while (this.recent.length > 0 && this.recent[0]! <= now - this.windowMs) this.recent.shift();
    for (const [chat, readyAt] of this.chatReadyAt) if (readyAt <= now) this.chatReadyAt.delete(chat);

    let wakeAt = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.queue.length && this.recent.length < this.limit; ) {
      const waiter = this.queue[i]!;
      const readyAt = this.chatReadyAt.get(waiter.chat) ?? now;
      if (readyAt > now) {
        wakeAt = Math.min(wakeAt, readyAt);
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.recent.push(now);
      this.chatReadyAt.set(waiter.chat, now + this.perChatIntervalMs);
      this.onGrant?.(waiter.chat, now);
      waiter.release();
    }
    if (this.queue.length === 0) return;
    if (this.recent.length >= this.limit) wakeAt = Math.min(wakeAt, this.recent[0]! + this.windowMs);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.pump();
      },
      Math.max(1, Math.ceil(wakeAt - now)),
    );
  }
}
