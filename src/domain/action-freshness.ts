/**
 * Whether an action item shows a figure that is out of date: it has a number in it (a daily revenue to aim
 * for, a CPL limit…) worked out for its week, and a newer week has been diagnosed since, so the number is no
 * longer the current one. Weeks are compared by their Monday ('YYYY-MM-DD').
 */
export function hasOutdatedFigure(
  item: { params: Readonly<Record<string, unknown>>; weekStart: string },
  latestWeekStart: string | null,
): boolean {
  return Object.keys(item.params).length > 0 && latestWeekStart !== null && item.weekStart < latestWeekStart;
}
