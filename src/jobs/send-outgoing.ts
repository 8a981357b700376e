import { type Api, InputFile } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';

/** One message of a job: a text (with buttons), or a photo with its caption. */
export interface OutgoingMessage {
  text: string;
  replyMarkup?: InlineKeyboardMarkup;
  photo?: { bytes: Buffer; filename: string; caption: string };
}

/** A send that stopped part-way: `delivered` messages (from the start of the list) did go out. */
export class PartialSendError extends Error {
  override name = 'PartialSendError';
  constructor(
    readonly delivered: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Sends the messages to one chat in order, from index `from` (the ones before were delivered by an earlier
 * attempt). A photo message goes out as sendPhoto with its caption, any other as sendMessage.
 * Throws a PartialSendError that says how many had been delivered when one fails.
 */
export async function sendOutgoing(
  api: Api,
  chatId: string | number,
  messages: readonly OutgoingMessage[],
  from = 0,
): Promise<void> {
  for (let i = from; i < messages.length; i++) {
    const message = messages[i]!;
    const reply_markup = message.replyMarkup;
    try {
      if (message.photo) {
        const { bytes, filename, caption } = message.photo;
        await api.sendPhoto(chatId, new InputFile(bytes, filename), {
          caption,
          ...(reply_markup && { reply_markup }),
        });
      } else {
        await api.sendMessage(chatId, message.text, reply_markup ? { reply_markup } : {});
      }
    } catch (error) {
      throw new PartialSendError(i, error);
    }
  }
}
