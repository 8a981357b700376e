import type { Transformer } from 'grammy';
import { cutText, splitAtLines } from '../../domain/message-text.js';

/** Telegram's limits: message text, and the caption of a photo or document. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

const CAPTIONED = new Set(['sendPhoto', 'sendDocument', 'editMessageCaption']);

type Payload = Record<string, unknown>;

/**
 * Keeps every message within Telegram's limits, whatever the caller built: a sendMessage that is too long
 * goes as several messages split at line boundaries (the keyboard on the last one, whose result is
 * returned); a too-long edited text or a caption is cut with "…".
 */
export function limitMessageLength(): Transformer {
  return async (prev, method, payload, signal) => {
    const p = payload as Payload;
    if (method === 'sendMessage' && typeof p.text === 'string' && p.text.length > TEXT_LIMIT) {
      const parts = splitAtLines(p.text, TEXT_LIMIT);
      if (parts.length > 0) {
        const { reply_markup, reply_parameters, ...common } = p;
        let result: Awaited<ReturnType<typeof prev>> | undefined;
        for (const [i, text] of parts.entries()) {
          const part: Payload = { ...common, text };
          if (i === 0 && reply_parameters !== undefined) part.reply_parameters = reply_parameters;
          if (i === parts.length - 1 && reply_markup !== undefined) part.reply_markup = reply_markup;
          result = await prev(method, part as typeof payload, signal);
          if (!result.ok) return result;
        }
        return result!;
      }
    }
    if (method === 'editMessageText' && typeof p.text === 'string' && p.text.length > TEXT_LIMIT) {
      return prev(method, { ...p, text: cutText(p.text, TEXT_LIMIT) } as typeof payload, signal);
    }
    if (CAPTIONED.has(method) && typeof p.caption === 'string' && p.caption.length > CAPTION_LIMIT) {
      return prev(method, { ...p, caption: cutText(p.caption, CAPTION_LIMIT) } as typeof payload, signal);
    }
    return prev(method, payload, signal);
  };
}
