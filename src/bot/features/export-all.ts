import { foldText } from '../../domain/fold-text.js';
import { exportOwnerData } from '../../services/owner-export.js';
import type { BotContext } from '../context.js';
import { replyWithFile } from '../outbox/reply-with-upload.js';

const ALL = new Set(['all', 'tat ca']);

/** True for the argument of `/export all` (also `/export tất cả`). */
export function isExportAllArgument(argument: string): boolean {
  return ALL.has(foldText(argument).replace(/\s+/g, ' '));
}

/** `/export all`: everything the owner has stored, as CSV files with a line of explanation first. */
export async function sendOwnerDataExport(ctx: BotContext): Promise<void> {
  if (!ctx.owner) return void (await ctx.reply(ctx.t('data-none')));
  const files = await exportOwnerData(ctx.deps.db, ctx.owner.user.id, ctx.t.bind(ctx), ctx.locale);
  if (!files) return void (await ctx.reply(ctx.t('data-none')));
  await ctx.replyWithChatAction('upload_document').catch(() => undefined);
  await ctx.reply(ctx.t('data-export-intro', { files: files.length }));
  for (const file of files) {
    replyWithFile(ctx, {
      bytes: file.csv,
      filename: file.filename,
      caption: ctx.t(`data-export-caption-${file.kind}`, { rows: file.rows, shop: file.shop ?? '' }),
    });
  }
  ctx.logger.info({ files: files.length }, 'all owner data exported');
}
