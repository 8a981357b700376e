import type { Update, UserFromGetMe } from 'grammy/types';

/** One Bot API call as the bot made it: method, JSON payload, and any uploaded files. */
export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  files: Record<string, UploadedFile>;
}

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

/** A message the bot sent, kept up to date by later edits, as a Telegram client would show it. */
export interface ChatMessage {
  messageId: number;
  chatId: number;
  text?: string;
  caption?: string;
  photo?: UploadedFile;
  document?: UploadedFile;
  keyboard: InlineButton[][];
  editCount: number;
}

/** A group or supergroup several users write in. */
export interface SharedChat {
  id: number;
  type: 'group' | 'supergroup';
  title: string;
}

export interface ApiFault {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

const BOT_ID = 7000000001;

/**
 * A local stand-in for the Telegram Bot API, plugged in as grammY's `client.fetch`.
 * It answers the methods the bot uses with Telegram-shaped results, enforces the limits Telegram
 * enforces (text length, callback data size, "message is not modified"), records every call, and keeps
 * each chat's messages so tests and the terminal chat can read them.
 */
export class BotApiStandIn {
  readonly token = '7000000001:TEST-stand-in-token-aaaaaaaaaaaaaaaaaaaa';
  readonly botInfo: UserFromGetMe = {
    id: BOT_ID,
    is_bot: true,
    first_name: 'ShopPulse',
    username: 'ShopPulseBot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
  } as UserFromGetMe;
  readonly calls: RecordedCall[] = [];
  private readonly messages = new Map<string, ChatMessage>();
  private readonly faults: { method: string; fault: ApiFault; remaining: number }[] = [];
  private readonly unreachable: { method: string; reason: NetworkReason; remaining: number }[] = [];
  private nextMessageId = 1;
  private readonly answeredQueries = new Set<string>();
  // Telegram's update ids only grow, and the bot remembers the ones it handled: a new stand-in (another
  // `npm run chat` session on the same data) must not start again from 1.
  private nextUpdateId = Date.now();
  private readonly listeners = new Set<(call: RecordedCall, message?: ChatMessage) => void>();

  /** grammY's `client.fetch`: parses the request, answers it like api.telegram.org would. */
  readonly fetch = async (
    url: string | URL,
    init?: { body?: unknown; headers?: unknown },
  ): Promise<Response> => {
    const method = String(url).split('/').pop() ?? '';
    const unreachable = this.takeUnreachable(method);
    if (unreachable)
      throw new FetchError(`request to ${String(url)} failed, reason: ${unreachable}`, unreachable);
    const { payload, files } = await readRequest(init);
    const call: RecordedCall = { method, payload, files };
    this.calls.push(call);
    const fault = this.takeFault(method);
    if (fault) return json({ ok: false, ...fault });
    try {
      const result = this.answer(call);
      return json({ ok: true, result });
    } catch (error) {
      if (error instanceof StandInApiError) return json({ ok: false, ...error.fault });
      throw error;
    }
  };

  /** Makes the next `times` calls of `method` fail with the given Telegram error. */
  failNext(method: string, fault: ApiFault, times = 1): void {
    this.faults.push({ method, fault, remaining: times });
  }

  /**
   * Makes the next `times` calls of `method` fail as when api.telegram.org cannot be reached: the request
   * never arrives, and fetch throws node-fetch's error, whose message holds the whole URL (the token too).
   */
  unreachableNext(
    method: string,
    times = 1,
    reason: NetworkReason = 'connect ECONNREFUSED 149.154.167.220:443',
  ): void {
    this.unreachable.push({ method, reason, remaining: times });
  }

  onCall(listener: (call: RecordedCall, message?: ChatMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  message(chatId: number, messageId: number): ChatMessage | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  messagesIn(chatId: number): ChatMessage[] {
    return [...this.messages.values()].filter((m) => m.chatId === chatId);
  }

  newUpdateId(): number {
    return this.nextUpdateId++;
  }

  /** A text message from a user, as Telegram delivers it: in their private chat unless `chat` is given. */
  textUpdate(
    from: { id: number; first_name: string; language_code?: string },
    text: string,
    chat?: SharedChat,
  ): Update {
    const entities = text.startsWith('/')
      ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]?.length ?? 1 }]
      : undefined;
    return {
      update_id: this.newUpdateId(),
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: chat ?? { id: from.id, type: 'private', first_name: from.first_name },
        from: { is_bot: false, ...from },
        text,
        ...(entities ? { entities } : {}),
      },
    };
  }

  /** A button press on one of the bot's messages, in that user's private chat unless `chat` is given. */
  callbackUpdate(
    from: { id: number; first_name: string; language_code?: string },
    message: ChatMessage,
    data: string,
    chat?: SharedChat,
  ): Update {
    return {
      update_id: this.newUpdateId(),
      callback_query: {
        id: `cbq-${this.nextUpdateId}`,
        chat_instance: `ci-${from.id}`,
        from: { is_bot: false, ...from },
        data,
        message: {
          message_id: message.messageId,
          date: Math.floor(Date.now() / 1000),
          chat: chat ?? { id: message.chatId, type: 'private', first_name: from.first_name },
          from: { id: BOT_ID, is_bot: true, first_name: 'ShopPulse' },
          ...(message.text !== undefined ? { text: message.text } : {}),
          ...(message.caption !== undefined ? { caption: message.caption } : {}),
          ...(message.keyboard.length ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
        } as never,
      },
    };
  }

  private takeUnreachable(method: string): NetworkReason | undefined {
    const entry = this.unreachable.find((f) => f.method === method && f.remaining > 0);
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.unreachable.splice(this.unreachable.indexOf(entry), 1);
    return entry.reason;
  }

  private takeFault(method: string): ApiFault | undefined {
    const index = this.faults.findIndex((f) => f.method === method && f.remaining > 0);
    if (index < 0) return undefined;
    const entry = this.faults[index]!;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.faults.splice(index, 1);
    return entry.fault;
  }

  private answer(call: RecordedCall): unknown {
    const p = call.payload;
    switch (call.method) {
      case 'getMe':
        return this.botInfo;
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'setWebhook':
      case 'deleteWebhook':
      case 'sendChatAction':
        return true;
      case 'answerCallbackQuery': {
        const id = String(requireField(p, 'callback_query_id'));
        if (this.answeredQueries.has(id)) {
          badRequest('query is too old and response timeout expired or query ID is invalid');
        }
        this.answeredQueries.add(id);
        if (typeof p.text === 'string' && p.text.length > 200) badRequest('MESSAGE_TOO_LONG');
        this.emit(call);
        return true;
      }
      case 'sendMessage':
        return this.storeMessage(call, { text: requireText(p.text, 4096) });
      case 'sendPhoto': {
        const photo = call.files.photo ?? badRequest('there is no photo in the request');
        return this.storeMessage(call, { photo, caption: optionalCaption(p.caption) });
      }
      case 'sendDocument': {
        const document = call.files.document ?? badRequest('there is no document in the request');
        return this.storeMessage(call, { document, caption: optionalCaption(p.caption) });
      }
      case 'editMessageText':
        return this.editMessage(call, (m) => {
          const text = requireText(p.text, 4096);
          const keyboard = readKeyboard(p.reply_markup);
          if (m.text === text && sameKeyboard(m.keyboard, keyboard)) {
            badRequest(
              'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
            );
          }
          m.text = text;
          m.keyboard = keyboard;
        });
      case 'editMessageReplyMarkup':
        return this.editMessage(call, (m) => {
          const keyboard = readKeyboard(p.reply_markup);
          if (sameKeyboard(m.keyboard, keyboard)) badRequest('message is not modified');
          m.keyboard = keyboard;
        });
      case 'deleteMessage': {
        const key = `${p.chat_id}:${p.message_id}`;
        if (!this.messages.delete(key)) badRequest('message to delete not found');
        this.emit(call);
        return true;
      }
      default:
        throw new StandInApiError({ error_code: 404, description: 'Not Found: method not found' });
    }
  }

  private storeMessage(call: RecordedCall, content: Partial<ChatMessage>): unknown {
    const chatId = Number(requireField(call.payload, 'chat_id'));
    const message: ChatMessage = {
      messageId: this.nextMessageId++,
      chatId,
      keyboard: readKeyboard(call.payload.reply_markup),
      editCount: 0,
      ...stripUndefined(content),
    };
    this.messages.set(`${chatId}:${message.messageId}`, message);
    this.emit(call, message);
    return {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' },
      from: { id: BOT_ID, is_bot: true, first_name: 'ShopPulse' },
      ...(message.text !== undefined ? { text: message.text } : {}),
      ...(message.caption !== undefined ? { caption: message.caption } : {}),
      ...(message.photo
        ? {
            photo: [
              {
                file_id: `photo-${message.messageId}`,
                file_unique_id: `u${message.messageId}`,
                width: 1280,
                height: 720,
              },
            ],
          }
        : {}),
      ...(message.document
        ? {
            document: {
              file_id: `doc-${message.messageId}`,
              file_unique_id: `d${message.messageId}`,
              file_name: message.document.filename,
            },
          }
        : {}),
      ...(message.keyboard.length ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
    };
  }

  private editMessage(call: RecordedCall, apply: (m: ChatMessage) => void): unknown {
    const p = call.payload;
    const message = this.messages.get(`${p.chat_id}:${p.message_id}`);
    if (!message) badRequest('message to edit not found');
    apply(message);
    message.editCount += 1;
    this.emit(call, message);
    return {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      edit_date: Math.floor(Date.now() / 1000),
      chat: { id: message.chatId, type: 'private' },
      text: message.text,
      ...(message.keyboard.length ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
    };
  }

  private emit(call: RecordedCall, message?: ChatMessage): void {
    for (const listener of this.listeners) listener(call, message);
  }
}

/** Why a request did not get through, in node-fetch's words: `connect ECONNREFUSED <address>`, `socket hang up`… */
export type NetworkReason = string;

/** node-fetch's error for a request that failed on the network: a system error's code, the URL in its message. */
class FetchError extends Error {
  override name = 'FetchError';
  readonly type = 'system';
  readonly code: string;
  readonly errno: string;

  constructor(message: string, reason: NetworkReason) {
    super(message);
    this.code = /\b(E[A-Z]+)\b/.exec(reason)?.[1] ?? 'ECONNRESET';
    this.errno = this.code;
  }
}

class StandInApiError extends Error {
  constructor(readonly fault: ApiFault) {
    super(fault.description);
  }
}

function badRequest(description: string): never {
  throw new StandInApiError({ error_code: 400, description: `Bad Request: ${description}` });
}

function requireField(payload: Record<string, unknown>, field: string): unknown {
  const value = payload[field];
  if (value === undefined || value === null || value === '') badRequest(`${field} is required`);
  return value;
}

function requireText(value: unknown, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') badRequest('message text is empty');
  if (value.length > max) badRequest('message is too long');
  return value;
}

function optionalCaption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') badRequest('caption must be a string');
  if (value.length > 1024) badRequest('message caption is too long');
  return value;
}

function readKeyboard(markup: unknown): InlineButton[][] {
  if (markup === undefined || markup === null) return [];
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => {
    if (!Array.isArray(row)) badRequest('inline keyboard row must be an array');
    return row.map((button: InlineButton) => {
      if (!button.text) badRequest('text buttons are unallowed in the inline keyboard');
      if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) {
        badRequest('BUTTON_DATA_INVALID');
      }
      return { ...button };
    });
  });
}

function sameKeyboard(a: InlineButton[][], b: InlineButton[][]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

async function readRequest(
  init: { body?: unknown; headers?: unknown } | undefined,
): Promise<{ payload: Record<string, unknown>; files: Record<string, UploadedFile> }> {
  const body = init?.body;
  if (body === undefined || body === null) return { payload: {}, files: {} };
  if (typeof body === 'string') return { payload: JSON.parse(body) as Record<string, unknown>, files: {} };
  const headers = (init?.headers ?? {}) as Record<string, string>;
  const contentType = headers['content-type'] ?? headers['Content-Type'] ?? '';
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  }
  const payload: Record<string, unknown> = {};
  const files: Record<string, UploadedFile> = {};
  for (const part of readMultipart(Buffer.concat(chunks), contentType)) {
    if (part.filename === undefined) payload[part.name] = parseFormValue(part.body.toString('utf8'));
    else files[part.name] = { filename: part.filename, bytes: part.body };
  }
  // grammY sends `photo: "attach://<id>"` and the file under that id.
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' && value.startsWith('attach://')) {
      const file = files[value.slice('attach://'.length)];
      if (file) files[key] = file;
    }
  }
  return { payload, files };
}

interface MultipartPart {
  name: string;
  filename?: string;
  body: Buffer;
}

/**
 * Splits a multipart/form-data body. Written by hand because grammY writes `filename=x.png` without quotes
 * and no space after `content-disposition:`, which Telegram accepts and undici's `formData()` rejects.
 */
function readMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) badRequest('multipart body without a boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    // Each part: CRLF, headers, blank line, content, CRLF before the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const name = /[;\s:]name="?([^";\r\n]+)"?/i.exec(headers)?.[1];
      const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
      if (name) {
        const content = Buffer.from(part.subarray(headerEnd + 4));
        parts.push({ name, ...(filename !== undefined && { filename }), body: content });
      }
    }
    start = next;
  }
  return parts;
}

function parseFormValue(value: string): unknown {
  if (value.startsWith('{') || value.startsWith('[')) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}
