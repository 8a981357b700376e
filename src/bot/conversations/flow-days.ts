import { booksDay, DEFAULT_DAY_CLOSES_AT } from '../../domain/books-day.js';
import { localDate } from '../../domain/local-date.js';
import type { ShopFlow } from './conversation.js';

/** The days a flow's dates are read against: the shop's books day and its calendar date. */
export interface FlowDays {
  /** The books day: "today" of every relative word and date button. */
  today: string;
  /** The calendar date: the last day a typed date may name. */
  latest: string;
}

/**
 * The flow's shop's books day and calendar date by the bot's clock, read once (a replay gets the same): the
 * clock is the flow's one step here, as it was when flows kept only the calendar date, so a flow stored
 * then resumes.
 */
export async function flowDays(flow: ShopFlow): Promise<FlowDays> {
  const now = new Date(await flow.conversation.external(() => flow.deps.now().getTime()));
  const { timeZone, dayClosesAt = DEFAULT_DAY_CLOSES_AT } = flow.shop;
  return { today: booksDay(now, timeZone, dayClosesAt).date, latest: localDate(now, timeZone) };
}
