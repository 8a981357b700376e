import type { Update } from 'grammy/types';

/**
 * One chat's updates one after another, in the order they were queued; different chats concurrently. The
 * one place that orders a chat's updates within an instance, for long polling and the webhook alike (across
 * instances, each update's transaction takes its chat's lock). It lives in the transport, not in the bot's
 * middleware, so the transport knows which updates have started: one still waiting for its chat's turn has
 * not, and is left for Telegram to deliver again when the intake stops.
 */
export class ChatLanes {
  /** The last task queued of each chat with tasks not done yet; it never rejects. */
  private readonly tails = new Map<number, Promise<void>>();

  /**
   * Runs `task` once the chat's earlier tasks are done, whatever they ended in (without waiting for an
   * update of no chat, or a chat with none); resolves or rejects as `task` does.
   */
  run<T>(chat: number | undefined, task: () => Promise<T>): Promise<T> {
    const previous = chat === undefined ? undefined : this.tails.get(chat);
    const result = (previous ?? Promise.resolve()).then(task);
    if (chat === undefined) return result;
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(chat, tail);
    void tail.then(() => {
      if (this.tails.get(chat) === tail) this.tails.delete(chat);
    });
    return result;
  }
}

/**
 * The chat an update belongs to (the sender, for an update without a chat): its updates are handled in
 * order. Undefined for an update with neither.
 */
export function chatOf(update: Update): number | undefined {
  for (const [kind, value] of Object.entries(update)) {
    if (kind === 'update_id' || typeof value !== 'object' || value === null) continue;
    const payload = value as {
      chat?: { id: number };
      message?: { chat?: { id: number } };
      from?: { id: number };
    };
    return payload.chat?.id ?? payload.message?.chat?.id ?? payload.from?.id;
  }
  return undefined;
}
