import { dropInvisible, foldText } from './fold-text.js';
import type { QuestionPeriod } from './question-period.js';

/** What a question asks first: profit (lãi, lời, lỗ), revenue (doanh thu) or ad spend (quảng cáo). */
export type QuestionTopic = 'profit' | 'revenue' | 'ads';

/**
 * What a message that is not a command means, when it is not a day's entry:
 * - `question`: a question about a period's figures ("hôm qua lãi bao nhiêu", "tuần trước lãi hay lỗ",
 *   "lời bao nhiêu", "revenue last month"); without a period word it is about today;
 * - `thanks`: "cảm ơn", "thanks";
 * - `entry`: it has a digit, so it is read as an entry (and its mistakes explained) by the quick entry;
 * - `unknown`: anything else.
 */
export type FreeTextIntent =
  | { kind: 'question'; period: QuestionPeriod; topic: QuestionTopic }
  | { kind: 'thanks' }
  | { kind: 'entry' }
  | { kind: 'unknown' };

/** Longer messages are not short questions: they get the pointer to /help. */
const MAX_QUESTION_LENGTH = 80;

const THANKS = /\b(cam on|thanks?|thank you|thx|tks)\b/;

/** Period words, folded; the first that matches wins, so "tuần trước" is tried before "tuần". */
const PERIODS: ReadonlyArray<readonly [QuestionPeriod, RegExp]> = [
  ['dayBeforeYesterday', /\b(hom kia|day before yesterday)\b/],
  ['yesterday', /\b(hom qua|bua qua|yesterday)\b/],
  ['today', /\b(hom nay|bua nay|today)\b/],
  ['lastWeek', /\b(tuan (truoc|roi|qua|vua roi|vua qua)|(last|previous|past) week)\b/],
  ['thisWeek', /\b(tuan|week)\b/],
  ['lastMonth', /\b(thang (truoc|roi|qua|vua roi|vua qua)|(last|previous|past) month)\b/],
  ['thisMonth', /\b(thang|month)\b/],
];

const REVENUE = /\b(doanh thu|doanh so|revenue|sales|turnover)\b/;
const ADS = /\b(quang cao|qc|ads?|ad spend|spend)\b/;

/**
 * Profit words. `lãi` is also "again" (`lại`), `lời` also "error" (`lỗi`) and `lỗ` also "worry" (`lo`) once
 * folded: alone they count only in the profit phrases.
 */
const PROFIT = [
  /\b(profit|loss|loi nhuan)\b/,
  /^(lai|loi|lo)$/,
  /\b(lai|loi|lo) (bao nhieu|sao|the nao|nhieu khong)\b/,
  /\bbao nhieu (lai|loi)\b/,
  /\b(lai|loi) (hay|hoac) lo\b|\b(lai|loi) lo\b/,
  /\bco (lai|loi|lo) (khong|ko|chua)\b/,
];

function foldQuestion(text: string): string {
  return foldText(dropInvisible(text))
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function topicOf(folded: string): QuestionTopic {
  if (REVENUE.test(folded)) return 'revenue';
  if (ADS.test(folded)) return 'ads';
  return 'profit';
}

/** The intent of a free text, matched on its folded form (no case, no diacritics, no punctuation). */
export function classifyFreeText(text: string): FreeTextIntent {
  const folded = foldQuestion(text);
  if (/\d/.test(folded)) return { kind: 'entry' };
  if (folded.length === 0 || folded.length > MAX_QUESTION_LENGTH) return { kind: 'unknown' };
  const period = PERIODS.find(([, words]) => words.test(folded))?.[0];
  const topic = topicOf(folded);
  if (period) return { kind: 'question', period, topic };
  if (topic !== 'profit' || PROFIT.some((phrase) => phrase.test(folded)))
    return { kind: 'question', period: 'today', topic };
  if (THANKS.test(folded)) return { kind: 'thanks' };
  return { kind: 'unknown' };
}
