/**
 * How far before the previous tick's instant a tick still looks for slots: a slot that came due while
 * that tick was planning, and a tick that fired late, are looked at twice rather than missed (the claims
 * keep each send single).
 */
export const TICK_OVERLAP_MS = 2 * 60_000;

/**
 * How often a tick looks at every slot in the catch-up window again, as the first tick of an instance
 * does. Between those sweeps a tick looks only at the slots that came due since the previous one, so a
 * slot that came due earlier without being looked at then waits for the next sweep: an owner who moves a
 * reminder or push to a time that has just passed, or turns it on after its time, a shop created after its
 * slot. 30 minutes keeps that wait well inside the shortest catch-up window (a reminder's 2 h) while a
 * sweep, which costs a lookup per shop whose window is open (100,000 on a Monday), runs one tick in 30.
 */
export const SWEEP_EVERY_MS = 30 * 60_000;

/**
 * Which slots a bot instance's next scheduled tick looks at: those after its previous completed tick
 * (less the overlap), or, on its first tick, every SWEEP_EVERY_MS and after the clock went back, every slot
 * in the catch-up window (a sweep). A slot that came due while the instance was down is found by its first
 * tick, or by another instance's ticks.
 */
export class TickWindow {
  /** The instant of the last tick whose every due job ended with its outcome on its claim. */
  private coveredUpTo: Date | undefined;
  private lastSweep: Date | undefined;

  /** The instant after which a tick at `now` looks for slots; undefined for a sweep. */
  since(now: Date): Date | undefined {
    if (!this.coveredUpTo || !this.lastSweep) return undefined;
    if (now.getTime() - this.lastSweep.getTime() >= SWEEP_EVERY_MS) return undefined;
    if (now < this.coveredUpTo) return undefined;
    return new Date(this.coveredUpTo.getTime() - TICK_OVERLAP_MS);
  }

  /**
   * Records a tick at `now` that looked after `since` (undefined: a sweep). Only a complete tick moves the
   * window on: one that ran every job it planned and saw none fail. A failed job may have no claim to find
   * it by (the database failed before the claim was written), so its slot is looked at again.
   */
  ticked(now: Date, since: Date | undefined, complete: boolean): void {
    if (!complete) return;
    if (!since) this.lastSweep = now;
    this.coveredUpTo = now;
  }

  /** Forgets the ticks so far: the next tick sweeps. */
  reset(): void {
    this.coveredUpTo = undefined;
    this.lastSweep = undefined;
  }
}
