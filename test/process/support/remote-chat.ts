import type { Update } from 'grammy/types';
import type { BotApiHttp } from '../../../src/dev/bot-api-http.js';
import type { ChatMessage } from '../../../src/dev/bot-api-stand-in.js';
import type { TelegramUserInfo } from '../../../src/dev/chat-session.js';

/** One Telegram user talking to a bot in another process: queues updates, reads the chat from the stand-in. */
export class RemoteChat {
  constructor(
    private readonly api: BotApiHttp,
    readonly user: TelegramUserInfo,
  ) {}

  send(text: string): Update {
    const update = this.api.standIn.textUpdate(this.user, text);
    this.api.enqueue(update);
    return update;
  }

  /** Presses the button whose label matches, on the newest message of the chat that has one. */
  press(label: string | RegExp): Update {
    const target = this.messages()
      .reverse()
      .find((m) => m.keyboard.flat().some((b) => matches(b.text, label)));
    const data = target?.keyboard.flat().find((b) => matches(b.text, label))?.callback_data;
    if (!target || !data) throw new Error(`no button ${String(label)} in chat ${this.user.id}`);
    const update = this.api.standIn.callbackUpdate(this.user, target, data);
    this.api.enqueue(update);
    return update;
  }

  messages(): ChatMessage[] {
    return this.api.standIn.messagesIn(this.user.id);
  }

  texts(): string[] {
    return this.messages().map((m) => m.text ?? m.caption ?? '');
  }

  /** Whether a message of the chat contains this text. */
  has(text: string | RegExp): boolean {
    return this.texts().some((t) => matches(t, text));
  }

  /** How many messages of the chat contain this text. */
  count(text: string | RegExp): number {
    return this.texts().filter((t) => matches(t, text)).length;
  }
}

function matches(text: string, label: string | RegExp): boolean {
  return typeof label === 'string' ? text.includes(label) : label.test(text);
}
