import { localDate } from '../../domain/local-date.js';
import { booksDayOf } from '../filters/has-shop.js';
import type { ShopFlow } from './conversation.js';

/** The days a flow's dates are read against: the shop's books day and its calendar date. */
export interface FlowDays {
  /** The books day: "today" of every relative word and date button. */
  today: string;
  /** The calendar date: the last day a typed date may name. */
  latest: string;
}

/** The flow's shop's books day and calendar date by the bot's clock, read once (a replay gets the same). */
export function flowDays(flow: ShopFlow): Promise<FlowDays> {
  return flow.conversation.external(async (ctx) => {
    const settings = await flow.shopSettings(ctx);
    const now = flow.deps.now();
    return { today: booksDayOf(now, settings).date, latest: localDate(now, settings.timeZone) };
  });
}
