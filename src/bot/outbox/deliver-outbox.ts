import { type Api, GrammyError, InputFile } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { ChartJob } from '../../charts/chart-job.js';
import { isCutOff } from '../../cut-off.js';
import type { Database } from '../../db/client.js';
import type { OutboxAttachment } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import { drawChartJob } from '../../services/charts.js';
import { cardNotShown, rememberCardMessage } from '../../services/daily-entry.js';
import { forgetOutboxCalls, type OutboxCall, releaseOutboxCalls } from '../../services/outbox.js';
import { isNotModified } from '../api-errors.js';
import { entryCardData } from '../callback-data/index.js';

/** A stored call to make: its row, the chat it goes to and the owner it answers. */
export interface OutboxRow extends OutboxCall {
  id: number;
  chatId: number;
  userId: string | null;
}

export interface DeliverDeps {
  /** The root database: each write here is a statement of its own, after the update's commit. */
  db: Database;
  logger: Logger;
}

/** Whether Telegram refused the call for good (a 4xx but 429): sending it again would be refused again. */
function refusedForGood(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    error.error_code >= 400 &&
    error.error_code < 500 &&
    error.error_code !== 429
  );
}

async function uploadOf(attachment: OutboxAttachment): Promise<InputFile> {
  const bytes =
    attachment.kind === 'chart'
      ? await drawChartJob(attachment.job as unknown as ChartJob)
      : Buffer.from(attachment.base64, 'base64');
  return new InputFile(bytes, attachment.filename);
}

async function callMethod(api: Api, name: string, payload: Record<string, unknown>): Promise<unknown> {
  const raw = api.raw as unknown as Record<string, (payload: unknown) => Promise<unknown>>;
  const method = raw[name];
  if (typeof method !== 'function') throw new Error(`unknown Bot API method ${name}`);
  return method.call(api.raw, payload);
}

/** Makes one stored call, its upload (a chart drawn now, a file) put in its place. */
async function call(api: Api, row: OutboxRow): Promise<unknown> {
  const payload: Record<string, unknown> = { ...row.payload };
  if (row.attachment) payload[row.attachment.field] = await uploadOf(row.attachment);
  return callMethod(api, row.method, payload);
}

/** The draft id of a message's entry card keyboard, if it is one. */
function cardDraftId(markup: unknown): string | undefined {
  const rows = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [];
  for (const button of rows.flat()) {
    const data = 'callback_data' in button ? entryCardData.parse(button.callback_data) : null;
    if (data?.action === 'save') return data.draftId;
  }
  return undefined;
}

const EDITS = new Set(['editMessageText', 'editMessageReplyMarkup']);

/**
 * Keeps, on each draft, the message that shows its card, once that message is out: a sent card is
 * remembered, and a message edited into something else (a saved card, a reply) no longer shows a card.
 */
async function rememberCard(db: Database, row: OutboxRow, result: unknown): Promise<void> {
  const { method } = row;
  if (row.userId === null || (method !== 'sendMessage' && !EDITS.has(method))) return;
  const draftId = cardDraftId(row.payload.reply_markup) ?? null;
  const messageId =
    method === 'sendMessage'
      ? (result as { message_id?: number }).message_id
      : (row.payload.message_id as number | undefined);
  if (messageId === undefined || (draftId === null && !EDITS.has(method))) return;
  await rememberCardMessage(db, { userId: row.userId, messageId }, draftId);
}

/** A card Telegram refused to show: its draft must not book what the owner was not shown. */
async function forgetUnshownCard(db: Database, row: OutboxRow): Promise<void> {
  const draftId = cardDraftId(row.payload.reply_markup);
  if (row.userId === null || draftId === undefined) return;
  await cardNotShown(db, { userId: row.userId, draftId });
}

/**
 * Makes stored calls in order, a chat's calls one after the other, and forgets each that went out (or that
 * Telegram refused for good: logged, never tried again). When a call fails for now (429 past the retries,
 * 5xx, no network, the shutdown), it and the chat's later calls are given back for the next sweep, so a
 * chat never gets a later message before an earlier one. Never throws; says how many went out and whether
 * the shutdown cut a send off.
 */
export async function deliverOutbox(
  api: Api,
  deps: DeliverDeps,
  rows: readonly OutboxRow[],
): Promise<{ sent: number; cutOff: boolean }> {
  const done: number[] = [];
  const left: number[] = [];
  const stuckChats = new Set<number>();
  let sent = 0;
  let cutOff = false;
  for (const row of rows) {
    if (stuckChats.has(row.chatId)) {
      left.push(row.id);
      continue;
    }
    try {
      const result = await call(api, row);
      sent++;
      done.push(row.id);
      await rememberCard(deps.db, row, result).catch((err: unknown) => {
        deps.logger.warn({ err }, 'could not remember the message of an entry card');
      });
    } catch (error) {
      if (refusedForGood(error)) {
        // An edit that would change nothing did what it was for.
        if (!isNotModified(error)) {
          deps.logger.error({ err: error }, 'Bot API call refused; dropped');
          await forgetUnshownCard(deps.db, row).catch((err: unknown) => {
            deps.logger.warn({ err }, 'could not mark an entry card as not shown');
          });
        }
        done.push(row.id);
        continue;
      }
      cutOff ||= isCutOff(error);
      deps.logger.warn({ err: error }, 'Bot API call failed for now; left for a later sweep');
      stuckChats.add(row.chatId);
      left.push(row.id);
    }
  }
  try {
    await forgetOutboxCalls(deps.db, done);
    await releaseOutboxCalls(deps.db, left);
  } catch (err) {
    // Rows not forgotten are sent again after their lease: at least once, never lost.
    deps.logger.warn({ err }, 'could not update the outbox after sending');
  }
  return { sent, cutOff };
}
