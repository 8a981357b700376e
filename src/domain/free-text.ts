import { dropInvisible, foldText } from './fold-text.js';

/**
 * What a message that is not a command means, when it is not a day's entry:
 * - `today`: a question about today's profit ("lãi bao nhiêu?", "hôm nay thế nào", "profit?");
 * - `week`: a question about this week ("tuần này sao", "how is this week");
 * - `thanks`: "cảm ơn", "thanks";
 * - `entry`: it has a digit, so it is read as an entry (and its mistakes explained) by the quick entry;
 * - `unknown`: anything else.
 */
export type FreeTextIntent = 'today' | 'week' | 'thanks' | 'entry' | 'unknown';

/** Longer messages are not short questions: they get the pointer to /help. */
const MAX_QUESTION_LENGTH = 80;

const WEEK = /\b(tuan|week)\b/;
const THANKS = /\b(cam on|thanks?|thank you|thx|tks)\b/;

/** The intent of a free text, matched on its folded form (no case, no diacritics, no punctuation). */
export function classifyFreeText(text: string): FreeTextIntent {
  const folded = foldText(dropInvisible(text))
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/\d/.test(folded)) return 'entry';
  if (folded.length === 0 || folded.length > MAX_QUESTION_LENGTH) return 'unknown';
  if (WEEK.test(folded)) return 'week';
  if (isTodayQuestion(folded)) return 'today';
  if (THANKS.test(folded)) return 'thanks';
  return 'unknown';
}

/** "lai" alone is profit, but also "again" (`lại`) inside a sentence: only the profit phrases count. */
function isTodayQuestion(folded: string): boolean {
  if (/\b(hom nay|today|profit|loi nhuan)\b/.test(folded)) return true;
  return folded === 'lai' || /\blai (bao nhieu|sao|the nao|lo)\b|\bbao nhieu lai\b/.test(folded);
}
