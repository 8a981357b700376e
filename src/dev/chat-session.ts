import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotApiStandIn, ChatMessage, RecordedCall } from './bot-api-stand-in.js';

export interface TelegramUserInfo {
  id: number;
  first_name: string;
  language_code?: string;
}

/** What one update made the bot do in this chat. */
export interface Transcript {
  /** New messages, in order. */
  sent: ChatMessage[];
  /** Messages edited in place (their state after the edit). */
  edited: ChatMessage[];
  /** Texts of callback query answers (empty string for a silent answer). */
  answers: string[];
  calls: RecordedCall[];
  /** Texts of the new messages (caption for photos and documents). */
  texts: string[];
}

/**
 * One Telegram user talking to the bot in a private chat: sends real Update objects through
 * `bot.handleUpdate` and reads back what the stand-in recorded.
 */
export class ChatSession {
  constructor(
    private readonly bot: Bot<never>,
    private readonly api: BotApiStandIn,
    readonly user: TelegramUserInfo,
  ) {}

  /** The last update this session delivered, to deliver it again as Telegram may. */
  lastUpdate: Update | undefined;

  send(text: string): Promise<Transcript> {
    return this.deliver(() => this.api.textUpdate(this.user, text));
  }

  /** Presses the button whose label matches, on the newest message of this chat that has one. */
  press(label: string | RegExp, message?: ChatMessage): Promise<Transcript> {
    const target = message ?? this.newestWithButton(label);
    if (!target) throw new Error(`No message in chat ${this.user.id} has a button ${String(label)}`);
    const button = target.keyboard.flat().find((b) => matches(b.text, label));
    if (!button?.callback_data) throw new Error(`Message ${target.messageId} has no button ${String(label)}`);
    return this.pressData(button.callback_data, target);
  }

  /** Sends a callback query with any data, as a modified or stale client could. */
  pressData(data: string, message?: ChatMessage): Promise<Transcript> {
    const target = message ?? this.messages().at(-1);
    if (!target) throw new Error(`No message in chat ${this.user.id}`);
    return this.deliver(() => this.api.callbackUpdate(this.user, target, data));
  }

  messages(): ChatMessage[] {
    return this.api.messagesIn(this.user.id);
  }

  lastMessage(): ChatMessage {
    const last = this.messages().at(-1);
    if (!last) throw new Error(`No message in chat ${this.user.id}`);
    return last;
  }

  buttons(message: ChatMessage = this.lastMessage()): string[] {
    return message.keyboard.flat().map((b) => b.text);
  }

  /** Delivers an update again (Telegram delivers at least once), to this session's bot or another. */
  redeliver(update: Update, bot: Bot<never> = this.bot): Promise<Transcript> {
    return this.withBot(bot).deliver(() => update);
  }

  /** Switches the bot this user talks to (a restart: a new instance on the same database). */
  withBot(bot: Bot<never>): ChatSession {
    return new ChatSession(bot, this.api, this.user);
  }

  private newestWithButton(label: string | RegExp): ChatMessage | undefined {
    return this.messages()
      .reverse()
      .find((m) => m.keyboard.flat().some((b) => matches(b.text, label)));
  }

  private deliver(makeUpdate: () => Update): Promise<Transcript> {
    return this.capture(async () => {
      const update = makeUpdate();
      this.lastUpdate = update;
      await this.bot.handleUpdate(update);
    });
  }

  /** What `work` made appear in this chat (a job sent by the scheduler's own client, for one). */
  async capture(work: () => Promise<unknown>): Promise<Transcript> {
    const transcript: Transcript = { sent: [], edited: [], answers: [], calls: [], texts: [] };
    const stop = this.api.onCall((call, message) => {
      transcript.calls.push(call);
      if (call.method === 'answerCallbackQuery') transcript.answers.push(String(call.payload.text ?? ''));
      if (!message || message.chatId !== this.user.id) return;
      if (call.method.startsWith('edit')) transcript.edited.push(message);
      else {
        transcript.sent.push(message);
        transcript.texts.push(message.text ?? message.caption ?? '');
      }
    });
    try {
      await work();
    } finally {
      stop();
    }
    return transcript;
  }
}

function matches(text: string, label: string | RegExp): boolean {
  return typeof label === 'string' ? text.includes(label) : label.test(text);
}
