import { Composer, InputFile } from 'grammy';
import { parseExportRange } from '../../domain/export-range.js';
import { formatDate } from '../../domain/format.js';
import { localDate } from '../../domain/local-date.js';
import { exportDailyRecords } from '../../services/export.js';
import type { BotContext } from '../context.js';
import { hasShop, requireShop } from '../filters/has-shop.js';
import { isExportAllArgument, sendOwnerDataExport } from './export-all.js';

/**
 * /export, /export 01/11, /export 01/11 30/11: the shop's daily records as a CSV document.
 * /export all: everything the owner has stored, every shop and table (see export-all.ts).
 */
export const exportFeature = new Composer<BotContext>();

const RANGE_ERROR_KEYS = {
  'invalid-date': 'export-bad-date',
  'future-date': 'export-future-date',
  reversed: 'export-reversed',
} as const;

exportFeature.command('export', async (ctx) => {
  if (isExportAllArgument(ctx.match)) return sendOwnerDataExport(ctx);
  if (!(await requireShop(ctx)) || !hasShop(ctx)) return;
  const shop = ctx.owner.shop;
  const today = localDate(ctx.deps.now(), shop.settings.timeZone);
  const parsed = parseExportRange(typeof ctx.match === 'string' ? ctx.match : '', today);
  if (!parsed.ok) return void (await ctx.reply(ctx.t(RANGE_ERROR_KEYS[parsed.error])));
  const range = parsed.value;

  const file = await exportDailyRecords(ctx.deps.db, shop.id, range, ctx.t.bind(ctx));
  if (!file) {
    const text =
      range.from && range.to
        ? ctx.t('export-empty-range', {
            from: formatDate(range.from, ctx.locale),
            to: formatDate(range.to, ctx.locale),
          })
        : ctx.t('export-empty');
    return void (await ctx.reply(text));
  }
  await ctx.replyWithChatAction('upload_document').catch(() => undefined);
  await ctx.replyWithDocument(new InputFile(file.csv, file.filename), {
    caption: ctx.t('export-caption', {
      shop: shop.name,
      days: file.days,
      from: formatDate(file.from, ctx.locale),
      to: formatDate(file.to, ctx.locale),
    }),
  });
  ctx.logger.info({ days: file.days, from: file.from, to: file.to }, 'records exported');
});
