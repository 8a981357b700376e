// What the owners see of the bot, read from the Bot API stand-in as the calls arrive: each chat's newest
// Save button, error replies (the "common-error" text, in a message or a button's answer), and the
// answers to button presses. Keeps the stand-in's memory bounded over a long run: its call log is emptied
// every second, and a finished session's messages are deleted through the stand-in's own deleteMessage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BotApiStandIn, ChatMessage } from '../../src/dev/bot-api-stand-in.js';

export interface SaveButton {
  message: ChatMessage;
  data: string;
}

/** The texts the bench looks for, in both languages, from the bot's own locale files. */
export interface BotTexts {
  commonError: Set<string>;
  save: Set<string>;
  savedAnswers: Set<string>;
}

export function readBotTexts(botDir: string): BotTexts {
  const values = (key: string) =>
    new Set(
      ['vi', 'en'].map((locale) => {
        const ftl = readFileSync(join(botDir, 'locales', `${locale}.ftl`), 'utf8');
        const value = new RegExp(`^${key} = (.*)$`, 'm').exec(ftl)?.[1];
        if (!value) throw new Error(`no ${key} in ${locale}.ftl`);
        return value.trim();
      }),
    );
  return {
    commonError: values('common-error'),
    save: values('card-save'),
    savedAnswers: new Set([...values('card-saved-answer'), ...values('card-replaced-answer')]),
  };
}

export class ChatWatch {
  private readonly saveButtons = new Map<number, SaveButton>();
  private readonly messageIds = new Map<number, number[]>();
  private readonly errorChats = new Set<number>();
  private readonly buttonAnswers = new Map<string, string>();
  private readonly trimmer: NodeJS.Timeout;
  private readonly stopListening: () => void;

  constructor(
    private readonly standIn: BotApiStandIn,
    private readonly texts: BotTexts,
  ) {
    this.stopListening = standIn.onCall((call, message) => {
      const chatId = Number(call.payload.chat_id);
      if (call.method === 'answerCallbackQuery') {
        const text = typeof call.payload.text === 'string' ? call.payload.text : '';
        const id = String(call.payload.callback_query_id);
        this.buttonAnswers.set(id, text);
        // A button's answer has no chat: the press's own check finds the error in buttonAnswer().
        return;
      }
      if (!message || call.method === 'deleteMessage') return;
      if (call.method.startsWith('send')) {
        const ids = this.messageIds.get(message.chatId) ?? [];
        ids.push(message.messageId);
        this.messageIds.set(message.chatId, ids);
      }
      if (message.text !== undefined && texts.commonError.has(message.text)) this.errorChats.add(chatId);
      const save = message.keyboard.flat().find((b) => texts.save.has(b.text) && b.callback_data);
      if (save?.callback_data) this.saveButtons.set(message.chatId, { message, data: save.callback_data });
    });
    this.trimmer = setInterval(() => {
      standIn.calls.length = 0;
    }, 1000);
  }

  /** The newest Save button the chat was shown, taken (a press uses it up). */
  takeSaveButton(chatId: number): SaveButton | undefined {
    const button = this.saveButtons.get(chatId);
    this.saveButtons.delete(chatId);
    return button;
  }

  /** Whether the bot sent the chat its error text since the last call. */
  takeErrorReply(chatId: number): boolean {
    return this.errorChats.delete(chatId);
  }

  /** The text a pressed button was answered with (undefined: not answered), taken. */
  takeButtonAnswer(callbackQueryId: string): string | undefined {
    const text = this.buttonAnswers.get(callbackQueryId);
    this.buttonAnswers.delete(callbackQueryId);
    return text;
  }

  isErrorText(text: string): boolean {
    return this.texts.commonError.has(text);
  }

  isSavedAnswer(text: string): boolean {
    return this.texts.savedAnswers.has(text);
  }

  /** Deletes the chat's messages from the stand-in, as an owner clearing the chat would. */
  async forget(chatId: number): Promise<void> {
    const ids = this.messageIds.get(chatId) ?? [];
    this.messageIds.delete(chatId);
    this.saveButtons.delete(chatId);
    for (const messageId of ids) {
      await this.standIn.fetch('http://stand-in/deleteMessage', {
        body: JSON.stringify({ chat_id: chatId, message_id: messageId }),
        headers: { 'content-type': 'application/json' },
      });
    }
  }

  close(): void {
    clearInterval(this.trimmer);
    this.stopListening();
  }
}
