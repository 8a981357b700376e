import { type EntryDateError, looksLikeEntryDate, parseEntryDate } from './entry-date.js';
import { dropInvisible, foldText } from './fold-text.js';
import {
  type CountParseError,
  type MoneyParseError,
  moneyWordKind,
  parseCount,
  parseMoney,
} from './money.js';
import type { ParseResult } from './parse-result.js';

/** A day's four numbers typed on one line (money in VND); date null when no date was typed (= today). */
export interface QuickEntry {
  date: string | null;
  orders: number;
  revenue: number;
  adSpend: number;
  leads: number;
}

/** The four fields of a quick entry, in positional order. */
export type QuickEntryField = 'orders' | 'revenue' | 'adSpend' | 'leads';

/** Why a line that looks like a quick entry could not be read. */
export type QuickEntryError =
  | { code: 'wrong-count' }
  | { code: 'bad-value'; field: QuickEntryField; value: string; reason: MoneyParseError | CountParseError }
  | { code: 'missing-field'; field: QuickEntryField }
  | { code: 'duplicate-field'; field: QuickEntryField }
  | { code: 'bad-date'; reason: EntryDateError };

/** A quick entry, an error to show the owner, or text that is not an entry at all. */
export type QuickEntryResult =
  | { kind: 'entry'; entry: QuickEntry }
  | { kind: 'error'; error: QuickEntryError }
  | { kind: 'not-entry' };

/** The fields in positional order: `15 8tr5 2tr 85` = orders, revenue, ad spend, leads. */
export const QUICK_ENTRY_FIELDS: readonly QuickEntryField[] = ['orders', 'revenue', 'adSpend', 'leads'];

/** Label synonyms, folded (lower case, no accents); several words are matched as a sequence. */
export const QUICK_ENTRY_LABELS: Readonly<Record<QuickEntryField, readonly string[]>> = {
  orders: ['don', 'don hang', 'so don', 'orders', 'order', 'dh'],
  revenue: ['doanh thu', 'doanhthu', 'dt', 'revenue', 'rev', 'doanh so', 'doanhso', 'sales'],
  adSpend: [
    'ads',
    'ad',
    'quang cao',
    'qc',
    'chi phi ads',
    'chi phi quang cao',
    'chi ads',
    'ad spend',
    'spend',
    'cp ads',
    'cp qc',
    'tien ads',
    'tien qc',
  ],
  leads: ['lead', 'leads', 'so lead', 'khach hoi', 'inbox', 'ib', 'tin nhan', 'mess'],
};

// Longest label first, so `chi phi ads` wins over a shorter match at the same place.
const LABELS: ReadonlyArray<{ words: string[]; field: QuickEntryField }> = QUICK_ENTRY_FIELDS.flatMap(
  (field) => QUICK_ENTRY_LABELS[field].map((label) => ({ words: label.split(' '), field })),
).sort((a, b) => b.words.length - a.words.length);

const MAX_DATE_WORDS = 3;

type Item = { kind: 'separator' } | { kind: 'word'; text: string; folded: string };
type Word = Extract<Item, { kind: 'word' }>;
type ValuePiece = { kind: 'value'; text: string };
type Piece = { kind: 'label'; field: QuickEntryField } | ValuePiece;

/** A dash standing alone between values separates them (`15 - 8tr5 - 2tr - 85`); `-2tr` stays a minus. */
const LONE_DASH = /^[-\u2212\u2013\u2014]+$/;

/**
 * Splits a line into words and separators. `:` `;` `=` and a lone dash always separate; a comma separates
 * unless a digit follows it, so `8,5tr` and `8,500,000` stay whole.
 */
function split(text: string): Item[] {
  const spaced = dropInvisible(text)
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/[:;=]|,(?![0-9])/g, ' , ');
  return spaced
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part) =>
      part === ',' || LONE_DASH.test(part)
        ? { kind: 'separator' }
        : { kind: 'word', text: part, folded: foldText(part) },
    );
}

/** Drops separators at both ends. */
function trimSeparators(items: Item[]): Item[] {
  let start = 0;
  let end = items.length;
  while (start < end && items[start]?.kind === 'separator') start += 1;
  while (end > start && items[end - 1]?.kind === 'separator') end -= 1;
  return items.slice(start, end);
}

/** The first or last n items, if they are all words. */
function wordsAt(items: Item[], n: number, atEnd: boolean): Word[] | null {
  if (items.length < n) return null;
  const slice = atEnd ? items.slice(items.length - n) : items.slice(0, n);
  return slice.every((item) => item.kind === 'word') ? (slice as Word[]) : null;
}

type DateSplit = { date: ParseResult<string, EntryDateError> | null; rest: Item[] };

/** Takes a date (`hôm qua`, `20/11`…) off the start of the line, or else off its end. */
function takeDate(items: Item[], today: string, latest: string): DateSplit {
  for (const atEnd of [false, true]) {
    for (let n = MAX_DATE_WORDS; n >= 1; n -= 1) {
      const words = wordsAt(items, n, atEnd);
      if (!words) continue;
      const text = words.map((w) => w.text).join(' ');
      if (!looksLikeEntryDate(text)) continue;
      const rest = atEnd ? items.slice(0, items.length - n) : items.slice(n);
      return { date: parseEntryDate(text, today, latest), rest: trimSeparators(rest) };
    }
  }
  return { date: null, rest: items };
}

/** Replaces label word sequences by label pieces; separators are dropped. */
function toPieces(items: Item[]): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (item.kind === 'separator') {
      i += 1;
      continue;
    }
    const label = LABELS.find(({ words }) => words.every((w, k) => wordAt(items, i + k)?.folded === w));
    if (label) {
      pieces.push({ kind: 'label', field: label.field });
      i += label.words.length;
    } else {
      pieces.push({ kind: 'value', text: item.text });
      i += 1;
    }
  }
  return pieces;
}

function wordAt(items: Item[], index: number): Word | undefined {
  const item = items[index];
  return item?.kind === 'word' ? item : undefined;
}

function parseField(
  field: QuickEntryField,
  text: string,
): ParseResult<number, MoneyParseError | CountParseError> {
  return field === 'orders' || field === 'leads' ? parseCount(text) : parseMoney(text);
}

const error = (e: QuickEntryError): QuickEntryResult => ({ kind: 'error', error: e });

/** Reads values in the order given; the first bad one is reported. */
function readValues(
  date: string | null,
  values: Array<{ field: QuickEntryField; text: string }>,
): QuickEntryResult {
  const entry: QuickEntry = { date, orders: 0, revenue: 0, adSpend: 0, leads: 0 };
  for (const { field, text } of values) {
    const parsed = parseField(field, text);
    if (!parsed.ok) return error({ code: 'bad-value', field, value: text, reason: parsed.error });
    entry[field] = parsed.value;
  }
  return { kind: 'entry', entry };
}

/**
 * Whether words can be one amount: a number, then optionally a unit written apart (`8,5 triệu`), digits that
 * continue it (`3 triệu 2` = 3.200.000) or `rưỡi`, and a currency mark last (`8500000 vnd`). Digits after a
 * unit typed together with its number (`2tr 85`) start the next amount, never continue it.
 */
export function isAmountShape(words: readonly string[]): boolean {
  const [first, ...rest] = words;
  if (first === undefined || !/[0-9]/.test(first)) return false;
  let apartUnit = false;
  let previous: 'number' | 'unit' | 'continuation' | 'currency' = 'number';
  for (const word of rest) {
    const kind = moneyWordKind(word);
    if (kind === 'unit' && previous === 'number' && /^[0-9.,]+$/.test(first) && !apartUnit) {
      apartUnit = true;
      previous = 'unit';
    } else if ((kind === 'half' || /^[0-9]+$/.test(word)) && previous === 'unit') {
      previous = 'continuation';
    } else if (kind === 'currency' && previous !== 'currency') {
      previous = 'currency';
    } else {
      return false;
    }
  }
  return true;
}

/**
 * Every cut of unlabelled words into orders, revenue, ad spend and leads: a count is one word, an amount is
 * as isAmountShape reads it. There is at most one, as an amount's later words (unit, continuation digits,
 * currency) can never start the next amount; the parser relies on that and a property test checks it.
 */
export function positionalCuts(words: readonly string[]): string[][] {
  const last = words.length - 1;
  const cuts: string[][] = [];
  for (let revenueEnd = 2; revenueEnd < last; revenueEnd += 1) {
    const revenue = words.slice(1, revenueEnd);
    const adSpend = words.slice(revenueEnd, last);
    if (isAmountShape(revenue) && isAmountShape(adSpend)) {
      cuts.push([words[0]!, revenue.join(' '), adSpend.join(' '), words[last]!]);
    }
  }
  return cuts;
}

/** The one cut of unlabelled words into the four fields (see positionalCuts), or four words as they are. */
function positionalCut(words: readonly string[]): readonly string[] | null {
  return positionalCuts(words)[0] ?? (words.length === QUICK_ENTRY_FIELDS.length ? words : null);
}

function readPositional(date: string | null, cut: readonly string[]): QuickEntryResult {
  return readValues(
    date,
    cut.map((value, i) => ({ field: QUICK_ENTRY_FIELDS[i]!, text: value })),
  );
}

/**
 * The words of a positional line whose counts carry their unit (`12 đơn 6tr 1tr5 60`, `… 60 lead`): the
 * orders label right after the first value and the leads label right after the last one are units. Null
 * when any other label is left.
 */
function countUnitsDropped(pieces: readonly Piece[]): string[] | null {
  let rest = [...pieces];
  const isLabel = (piece: Piece | undefined, field: QuickEntryField) =>
    piece?.kind === 'label' && piece.field === field;
  if (rest[0]?.kind === 'value' && isLabel(rest[1], 'orders')) rest = [rest[0], ...rest.slice(2)];
  if (rest.at(-2)?.kind === 'value' && isLabel(rest.at(-1), 'leads')) rest = rest.slice(0, -1);
  const words = rest.flatMap((piece) => (piece.kind === 'value' ? [piece.text] : []));
  return words.length === rest.length ? words : null;
}

/** Pairs labels with their values: after the label when the line starts with one, else before it. */
function pairLabelled(pieces: Piece[]): Array<{ field: QuickEntryField; words: string[] }> | null {
  const valuesFirst = pieces[0]?.kind === 'value' && pieces.at(-1)?.kind === 'label';
  const ordered = valuesFirst ? [...pieces].reverse() : pieces;
  if (ordered[0]?.kind !== 'label') return null;
  const pairs: Array<{ field: QuickEntryField; words: string[] }> = [];
  for (const piece of ordered) {
    if (piece.kind === 'label') pairs.push({ field: piece.field, words: [] });
    else pairs.at(-1)!.words.push(piece.text);
  }
  if (valuesFirst) {
    for (const pair of pairs) pair.words.reverse();
    pairs.reverse();
  }
  return pairs;
}

/**
 * Reads a one-line daily entry, positional (`15 8tr5 2tr 85`, `15 8,5 triệu 2 triệu 85`: orders, revenue, ad
 * spend, leads) or labelled in any order (`đơn 15 doanh thu 2 triệu rưỡi ads 2tr lead 85`), with an optional date first or last
 * (`hôm qua …`, `20/11 …`) relative to `today` (the shop's books day, `YYYY-MM-DD`; a date may name a day up to
 * `latest`, see parseEntryDate). Text without digits is 'not-entry'.
 */
export function parseQuickEntry(text: string, today: string, latest: string = today): QuickEntryResult {
  if (text.trim().startsWith('/') || !/[0-9]/.test(foldText(text))) return { kind: 'not-entry' };

  const { date, rest } = takeDate(trimSeparators(split(text)), today, latest);
  if (date && !date.ok) return error({ code: 'bad-date', reason: date.error });
  const entryDate = date?.ok ? date.value : null;
  const pieces = toPieces(rest);

  const values = pieces.filter((piece): piece is ValuePiece => piece.kind === 'value');
  if (values.length === pieces.length) {
    const cut = positionalCut(values.map((value) => value.text));
    if (!cut) return error({ code: 'wrong-count' });
    return readPositional(entryDate, cut);
  }
  const withUnits = countUnitsDropped(pieces);
  const unitCut = withUnits && positionalCut(withUnits);
  if (unitCut) return readPositional(entryDate, unitCut);

  const pairs = pairLabelled(pieces);
  if (!pairs) return error({ code: 'wrong-count' });
  const seen = new Set<QuickEntryField>();
  for (const { field } of pairs) {
    if (seen.has(field)) return error({ code: 'duplicate-field', field });
    seen.add(field);
  }
  const result = readValues(
    entryDate,
    pairs.map(({ field, words }) => ({ field, text: words.join(' ') })),
  );
  if (result.kind !== 'entry') return result;
  const missing = QUICK_ENTRY_FIELDS.find((field) => !seen.has(field));
  return missing ? error({ code: 'missing-field', field: missing }) : result;
}
