import type { ChartJob } from '../../charts/chart-job.js';
import type { BotContext } from '../context.js';

interface Upload {
  caption: string;
  filename: string;
}

/**
 * Sends a chart to the update's chat once the update has committed: the job is kept with the update's
 * other calls and drawn then, so no transaction waits for a render.
 */
export function replyWithChart(ctx: BotContext, chart: Upload & { job: ChartJob }): void {
  ctx.outbox.upload('sendPhoto', uploadPayload(ctx, chart), {
    field: 'photo',
    filename: chart.filename,
    kind: 'chart',
    job: chart.job as unknown as Record<string, unknown>,
  });
}

/** Sends a file (an export) to the update's chat once the update has committed. */
export function replyWithFile(ctx: BotContext, file: Upload & { bytes: Uint8Array }): void {
  ctx.outbox.upload('sendDocument', uploadPayload(ctx, file), {
    field: 'document',
    filename: file.filename,
    kind: 'file',
    base64: Buffer.from(file.bytes).toString('base64'),
  });
}

function uploadPayload(ctx: BotContext, upload: Upload): Record<string, unknown> {
  return { chat_id: ctx.chatId, caption: upload.caption };
}
