import type { DueRange } from '../db/queries/due-shops.js';
import { isoWeekday, requireIsoDate } from '../domain/iso-date.js';
import { addDays, isoWeekOf } from '../domain/local-date.js';
import { type LocalClock, wallClockAt } from '../domain/wall-clock.js';
import { CATCH_UP_MS, type JobKind, REMINDER_JOB, WEEKLY_PUSH_JOB } from './due-jobs.js';

const DAY_MS = 24 * 60 * 60_000;

/**
 * How far from the catch-up window a clock change may move a slot's local time (a 1–2 h DST shift, and a
 * time the shift skips, which moves forward by the shift).
 */
const CLOCK_CHANGE_MARGIN_MS = 3 * 60 * 60_000;

/** A local clock moved by `ms` (plain date arithmetic, no zone). */
function shiftClock({ date, time }: LocalClock, ms: number): LocalClock {
  const shifted = new Date(Date.parse(`${date}T${time}:00Z`) + ms).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/**
 * One tick's work for the due ranges: the wall clocks and the dates' period keys are the same for many
 * zones and both kinds, so each is worked out once (with 14 zones, 1.2 ms a tick instead of 2.8 ms, of the
 * tick's 20 ms goal; measured 8 Dec).
 */
class RangeWork {
  private readonly clocks = new Map<string, ReturnType<typeof wallClockAt>>();
  private readonly dates = new Map<string, { weekday: number; dayBefore: string; pushWeek: string }>();

  clockAt(instant: number, timeZone: string) {
    const key = `${instant}|${timeZone}`;
    let clock = this.clocks.get(key);
    if (!clock) {
      clock = wallClockAt(instant, timeZone);
      this.clocks.set(key, clock);
    }
    return clock;
  }

  date(date: string) {
    let facts = this.dates.get(date);
    if (!facts) {
      facts = {
        weekday: isoWeekday(requireIsoDate(date)),
        dayBefore: addDays(date, -1),
        // A push reports on the ISO week before the week of its date.
        pushWeek: isoWeekOf(addDays(date, -7)),
      };
      this.dates.set(date, facts);
    }
    return facts;
  }
}

/**
 * The due ranges of every zone that has the job on, for the kinds asked (see dueRangesIn); with `since`,
 * only of the slots after it (those that came due since an earlier tick), within the catch-up window.
 */
export function dueRanges(
  now: Date,
  zones: { reminders: readonly string[]; pushes: readonly string[] },
  kinds: readonly JobKind[],
  since?: Date,
): { reminders: DueRange[]; pushes: DueRange[] } {
  const work = new RangeWork();
  const of = (kind: JobKind, timeZones: readonly string[]) =>
    kinds.includes(kind) ? timeZones.flatMap((tz) => dueRangesIn(work, now, tz, kind, since)) : [];
  return { reminders: of(REMINDER_JOB, zones.reminders), pushes: of(WEEKLY_PUSH_JOB, zones.pushes) };
}

/**
 * The local date and time spans, in one time zone, of the job's slots that fall in its catch-up window at
 * `now`, i.e. after now − CATCH_UP_MS (or after `since`, when later) and not after now: the shops with a
 * job time in a span are the only ones that can have that job due. A span is one local date: after the
 * window's start, up to its end.
 *
 * Without a clock change near the window, local time runs with real time, so the spans are exact and each
 * names the claim period of its slots (the reminder's date, or the date before when the shop's day has not
 * closed yet at the reminder time; the week before a push's date). Near a clock change the spans are
 * widened by CLOCK_CHANGE_MARGIN_MS on both sides and name no period: the tick then finds a few more shops
 * than are due and dueJobsOf decides, reading their claims itself.
 */
function dueRangesIn(
  work: RangeWork,
  now: Date,
  timeZone: string,
  kind: JobKind,
  since: Date | undefined,
): DueRange[] {
  const end = now.getTime();
  const start = Math.max(end - CATCH_UP_MS[kind], Math.min(since?.getTime() ?? 0, end));
  const offsets = [start - CLOCK_CHANGE_MARGIN_MS, start, end, end + CLOCK_CHANGE_MARGIN_MS].map(
    (t) => work.clockAt(t, timeZone).offsetMinutes,
  );
  const exact = offsets.every((o) => o === offsets[0]);
  // A shift of more than the margin's half (none in today's zones) widens the spans to twice the shift.
  const shiftMs = (Math.max(...offsets) - Math.min(...offsets)) * 60_000;
  const margin = exact ? 0 : Math.max(CLOCK_CHANGE_MARGIN_MS, 2 * shiftMs);
  const from = shiftClock(work.clockAt(start, timeZone), -margin);
  const to = shiftClock(work.clockAt(end, timeZone), margin);
  const ranges: DueRange[] = [];
  for (let date = from.date; date <= to.date; date = shiftClock({ date, time: '00:00' }, DAY_MS).date) {
    const after = date === from.date ? from.time : '';
    const upTo = date === to.date ? to.time : '24:00';
    if (after >= upTo) continue;
    const facts = work.date(date);
    const reminder = kind === REMINDER_JOB;
    ranges.push({
      kind,
      timeZone,
      weekday: facts.weekday,
      after,
      upTo,
      periodKey: exact ? (reminder ? date : facts.pushWeek) : null,
      periodKeyBeforeClose: exact ? (reminder ? facts.dayBefore : facts.pushWeek) : null,
    });
  }
  return ranges;
}
