import { Composer } from 'grammy';
import { type ExportRange, parseExportRange } from '../../domain/export-range.js';
import { foldText } from '../../domain/fold-text.js';
import { formatDate, formatShortDate } from '../../domain/format.js';
import type { Locale } from '../../domain/locale.js';
import { exportDailyRecords } from '../../services/export.js';
import { exportDailyRecordsXlsx } from '../../services/export-xlsx.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { shopToday, withShop } from '../filters/has-shop.js';
import { replyWithFile } from '../outbox/reply-with-upload.js';
import { isExportAllArgument, sendOwnerDataExport } from './export-all.js';

/**
 * /export, /export 01/11, /export 01/11 30/11: the shop's daily records as an Excel workbook (.xlsx);
 * /export csv (with or without dates) as a CSV file instead.
 * /export all: everything the owner has stored, every shop and table (see export-all.ts).
 */
export const exportFeature = new Composer<BotContext>();

const RANGE_ERROR_KEYS = {
  'invalid-date': 'export-bad-date',
  'future-date': 'export-future-date',
} as const;

type ExportFormat = 'xlsx' | 'csv';
const FORMAT_WORDS: ReadonlySet<string> = new Set<ExportFormat>(['xlsx', 'csv']);

/** `csv 01/11 30/11` → csv and `01/11 30/11`; no format word → xlsx and the whole text. */
function readFormat(text: string): { format: ExportFormat; dates: string } {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const word = foldText(first);
  return FORMAT_WORDS.has(word)
    ? { format: word as ExportFormat, dates: rest.join(' ') }
    : { format: 'xlsx', dates: text };
}

/** A day as the notes show it: `16/11` in the current year, with its year otherwise. */
function noteDate(isoDate: string, today: string, locale: Locale): string {
  return isoDate.slice(0, 4) === today.slice(0, 4)
    ? formatShortDate(isoDate, locale)
    : formatDate(isoDate, locale);
}

/** One line each for what was changed in the typed range: the two days swapped, the end cut to today. */
function rangeNotes(ctx: BotContext, range: ExportRange, today: string): string[] {
  const notes: string[] = [];
  if (range.swapped && range.from && range.to)
    notes.push(
      ctx.t('export-swapped', {
        from: noteDate(range.from, today, ctx.locale),
        to: noteDate(range.to, today, ctx.locale),
      }),
    );
  if (range.endCutToToday) notes.push(ctx.t('export-end-cut'));
  return notes;
}

exportFeature.command(
  'export',
  // `/export all` needs no shop in use; any other argument goes on to the shop's range export.
  (ctx, next) => (isExportAllArgument(commandArgument(ctx)) ? sendOwnerDataExport(ctx) : next()),
  withShop(async (ctx) => {
    const shop = ctx.owner.shop;
    const today = shopToday(ctx);
    const { format, dates } = readFormat(commandArgument(ctx));
    const parsed = parseExportRange(dates, today);
    if (!parsed.ok) return void (await ctx.reply(ctx.t(RANGE_ERROR_KEYS[parsed.error])));
    const range = parsed.value;
    const notes = rangeNotes(ctx, range, today);

    const exportFile = format === 'csv' ? exportDailyRecords : exportDailyRecordsXlsx;
    const file = await exportFile(ctx.deps.db, shop.id, range, ctx.t.bind(ctx), ctx.locale);
    if (!file) {
      const text =
        range.from && range.to
          ? ctx.t('export-empty-range', {
              from: formatDate(range.from, ctx.locale),
              to: formatDate(range.to, ctx.locale),
            })
          : ctx.t('export-empty');
      return void (await ctx.reply([...notes, text].join('\n')));
    }
    await ctx.replyWithChatAction('upload_document').catch(() => undefined);
    const caption = ctx.t('export-caption', {
      shop: shop.name,
      days: file.days,
      from: formatDate(file.from, ctx.locale),
      to: formatDate(file.to, ctx.locale),
    });
    replyWithFile(ctx, {
      bytes: file.bytes,
      filename: file.filename,
      caption: [...notes, caption].join('\n'),
    });
    ctx.logger.info({ format, days: file.days, from: file.from, to: file.to }, 'records exported');
  }),
);
