import type { AdInput } from './ad-judgement.js';
import { cleanName } from './display-name.js';
import { dropInvisible, foldText } from './fold-text.js';
import { MAX_AD_VIEWS } from './input-limits.js';
import { type CountParseError, type MoneyParseError, parseCount, parseMoney } from './money.js';

export type AdChannel = 'facebook' | 'tiktok' | 'zalo' | 'other';

/** The fields of a one-line ad: five required, the rest optional. */
export type AdLineField =
  | 'days'
  | 'spend'
  | 'leads'
  | 'orders'
  | 'revenue'
  | 'impressions'
  | 'clicks'
  | 'channel';

export const REQUIRED_AD_FIELDS: readonly AdLineField[] = ['days', 'spend', 'leads', 'orders', 'revenue'];

/** The longest ad name kept (longer names are refused, not cut). */
export const MAX_AD_NAME = 64;

/** One ad: its name and channel, and the figures it is judged on. */
export type AdLine = AdInput & { name: string; channel: AdChannel };

/** One ad as typed on a line; its channel null when the line names none. */
export type TypedAdLine = Omit<AdLine, 'channel'> & { channel: AdChannel | null };

export type AdLineError =
  | { code: 'no-name' }
  | { code: 'name-too-long' }
  | { code: 'name-no-letter' }
  | { code: 'missing-field'; field: AdLineField }
  | { code: 'duplicate-field'; field: AdLineField }
  | { code: 'several-ads' }
  | { code: 'unlabelled'; value: string }
  | { code: 'bad-value'; field: AdLineField; value: string; reason: MoneyParseError | CountParseError }
  | { code: 'zero-days' }
  | { code: 'clicks-above-impressions' }
  | { code: 'bad-channel'; value: string };

export type AdLineResult = { ok: true; ad: TypedAdLine } | { ok: false; error: AdLineError };

/** Why a typed ad name cannot be one: nothing is left of it, it has no letter or digit, or it is too long. */
export type AdNameError = 'no-name' | 'name-no-letter' | 'name-too-long';

/** An ad name as stored: cleaned as every name is (see cleanName), at most MAX_AD_NAME characters. */
export function parseAdName(input: string): { ok: true; name: string } | { ok: false; error: AdNameError } {
  const cleaned = cleanName(input, MAX_AD_NAME);
  if (cleaned.ok) return cleaned;
  const error = {
    empty: 'no-name',
    'no-letter-or-digit': 'name-no-letter',
    'too-long': 'name-too-long',
  } as const;
  return { ok: false, error: error[cleaned.reason] };
}

/** Label synonyms, folded (lower case, no accents); several words are matched as a sequence. */
export const AD_LINE_LABELS: Readonly<Record<AdLineField, readonly string[]>> = {
  days: ['ngay', 'so ngay', 'days', 'day'],
  spend: ['chi', 'chi phi', 'qc', 'quang cao', 'spend', 'ads', 'ad spend'],
  leads: ['lead', 'leads'],
  orders: ['don', 'don hang', 'orders', 'order'],
  revenue: ['doanh thu', 'dt', 'revenue'],
  impressions: ['hien thi', 'luot hien thi', 'impressions', 'impression', 'impr'],
  clicks: ['click', 'clicks', 'luot click'],
  channel: ['kenh', 'channel'],
};

/** Channel words, folded. */
export const AD_CHANNEL_WORDS: Readonly<Record<string, AdChannel>> = {
  facebook: 'facebook',
  fb: 'facebook',
  meta: 'facebook',
  tiktok: 'tiktok',
  tt: 'tiktok',
  zalo: 'zalo',
  other: 'other',
  khac: 'other',
};

/** A channel typed as a word (`Facebook`, `fb`, `khác`), or null. */
export function parseAdChannel(text: string): AdChannel | null {
  return AD_CHANNEL_WORDS[foldText(dropInvisible(text)).trim().replace(/\s+/g, ' ')] ?? null;
}

const LABELS = (Object.keys(AD_LINE_LABELS) as AdLineField[])
  .flatMap((field) => AD_LINE_LABELS[field].map((label) => ({ field, words: label.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** Words of the part after the name; `;` `=` `:` and a comma not followed by a digit separate. */
function wordsOf(text: string): string[] {
  return text
    .replace(/[.!]+$/, '')
    .replace(/[:;=]|,(?![0-9])/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

function countField(field: AdLineField): boolean {
  return field !== 'spend' && field !== 'revenue';
}

/** Impressions and clicks: counts with their own, larger limit (MAX_AD_VIEWS). */
export function viewField(field: AdLineField): boolean {
  return field === 'impressions' || field === 'clicks';
}

/** More clicks than impressions cannot be: every click is on an impression shown. */
export function clicksAboveImpressions(impressions: number | null, clicks: number | null): boolean {
  return impressions !== null && clicks !== null && clicks > impressions;
}

type Pair = { field: AdLineField; words: string[] };

/**
 * Whether the figures of a line name another ad: a colon after words that are no label (`…, doanh thu 0;
 * Áo thun: ngày 5 …`), as when several ads are typed on one line. `ngày: 4` is a label and its value.
 */
function namesAnotherAd(figures: string): boolean {
  return figures.split(/[,;]/).some((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) return false;
    const before = foldText(part.slice(0, colon)).trim().split(/\s+/);
    const label = LABELS.some(({ words }) => words.join(' ') === before.slice(-words.length).join(' '));
    return !label && /\p{L}/u.test(before.at(-1) ?? '');
  });
}

/** Pairs each label with the words after it, up to the next label; words before any label are an error. */
function pairUp(words: string[]): Pair[] | AdLineError {
  const pairs: Pair[] = [];
  const folded = words.map((word) => foldText(word));
  let i = 0;
  while (i < words.length) {
    const label = LABELS.find(({ words: w }) => w.every((part, k) => folded[i + k] === part));
    if (label) {
      pairs.push({ field: label.field, words: [] });
      i += label.words.length;
      continue;
    }
    const pair = pairs.at(-1);
    if (!pair) return { code: 'unlabelled', value: words[i]! };
    pair.words.push(words[i]!);
    i += 1;
  }
  return pairs;
}

/**
 * Reads `Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0` (the name before the first colon, then
 * labelled values in any order, in Vietnamese or English; money as the daily entry reads it, units written
 * apart included: `chi 1 triệu`). Days, spend, leads, orders and revenue are required; impressions, clicks
 * and channel are optional (channel null when absent). The first problem is reported, named by field.
 */
export function parseAdLine(text: string): AdLineResult {
  const clean = dropInvisible(text).trim();
  const colon = clean.indexOf(':');
  if (colon < 0) return { ok: false, error: { code: 'no-name' } };
  // The name is cleaned from the text as typed, so a name of invisible characters only is refused as such.
  const named = parseAdName(text.slice(0, text.indexOf(':')));
  if (!named.ok) return { ok: false, error: { code: named.error } };
  const { name } = named;
  const pairs = pairUp(wordsOf(clean.slice(colon + 1)));
  if (!Array.isArray(pairs)) return { ok: false, error: pairs };

  const values = new Map<AdLineField, string>();
  for (const { field, words } of pairs) {
    if (values.has(field)) {
      const error = namesAnotherAd(clean.slice(colon + 1))
        ? { code: 'several-ads' as const }
        : { code: 'duplicate-field' as const, field };
      return { ok: false, error };
    }
    values.set(field, words.join(' '));
  }
  const missing = REQUIRED_AD_FIELDS.find((field) => !values.has(field));
  if (missing) return { ok: false, error: { code: 'missing-field', field: missing } };

  const numbers = new Map<AdLineField, number>();
  let channel: AdChannel | null = null;
  for (const [field, value] of values) {
    if (field === 'channel') {
      const picked = parseAdChannel(value);
      if (!picked) return { ok: false, error: { code: 'bad-channel', value } };
      channel = picked;
      continue;
    }
    const parsed = viewField(field)
      ? parseCount(value, MAX_AD_VIEWS)
      : countField(field)
        ? parseCount(value)
        : parseMoney(value);
    if (!parsed.ok) return { ok: false, error: { code: 'bad-value', field, value, reason: parsed.error } };
    numbers.set(field, parsed.value);
  }
  if (numbers.get('days') === 0) return { ok: false, error: { code: 'zero-days' } };
  if (clicksAboveImpressions(numbers.get('impressions') ?? null, numbers.get('clicks') ?? null)) {
    return { ok: false, error: { code: 'clicks-above-impressions' } };
  }
  return {
    ok: true,
    ad: {
      name,
      channel,
      daysRunning: numbers.get('days')!,
      spend: numbers.get('spend')!,
      leads: numbers.get('leads')!,
      orders: numbers.get('orders')!,
      revenue: numbers.get('revenue')!,
      impressions: numbers.get('impressions') ?? null,
      clicks: numbers.get('clicks') ?? null,
    },
  };
}

/** The most ads one message may hold, one a line. */
export const MAX_AD_LINES = 10;

/** A leading `/ads` (or `/ads@bot`) on a line pasted from another message. */
const ADS_COMMAND = /^\/ads(?:@\w+)?(?:\s+|$)/i;

/**
 * The ads of one message, one a line: each line trimmed, a leading `/ads` dropped, blank lines skipped.
 * `Váy: ngày 4 …` then `Áo: ngày 5 …` on the next line are two ads, not one with every field twice.
 */
export function splitAdLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.trim().replace(ADS_COMMAND, '').trim())
    .filter((line) => dropInvisible(line).trim() !== '');
}

/**
 * The ads of one message with a line that names no channel given the one typed on an earlier line of the
 * same ad (by name, letter case aside), so `Áo: … kênh fb` then `Áo: …` are both on Facebook.
 */
export function withEarlierChannels<T extends { name: string; channel: AdChannel | null }>(
  ads: readonly T[],
): T[] {
  const typed = new Map<string, AdChannel>();
  return ads.map((ad) => {
    const key = ad.name.toLocaleLowerCase('vi');
    if (ad.channel !== null) {
      typed.set(key, ad.channel);
      return ad;
    }
    const earlier = typed.get(key);
    return earlier ? { ...ad, channel: earlier } : ad;
  });
}
