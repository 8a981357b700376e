// What a simulated owner does in an evening: a quick entry and its Save (every owner); some also open /week
// (10 %), a chart (2 %), or enter the day through the guided /today first (5 %). Each step is one update,
// sent once the answer to the one before has come back.
import { FIRST_OWNER_ID } from './seed.js';

export type StepKind = 'entry' | 'save' | 'week' | 'chart' | 'today' | 'answer';

export interface Step {
  kind: StepKind;
  /** The message text; none for a Save press. */
  text?: string;
}

export interface Owner {
  id: number;
  first_name: string;
  language_code: string;
}

export interface Session {
  owner: Owner;
  steps: Step[];
  next: number;
}

export const SHARE = { week: 0.1, chart: 0.02, today: 0.05 } as const;

/** A small seeded generator (mulberry32), so two runs offer the same traffic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function ownerAt(index: number): Owner {
  // As seeded: every fifth owner (by Telegram id) is English.
  const id = FIRST_OWNER_ID + index;
  return { id, first_name: `Owner ${index}`, language_code: index % 5 === 0 ? 'en' : 'vi' };
}

/** A day's four numbers as an owner types them: orders, revenue and ad spend (in "tr"), leads. */
function dayNumbers(random: () => number): [string, string, string, string] {
  const orders = 5 + Math.floor(random() * 35);
  const revenue = `${3 + Math.floor(random() * 18)}tr${Math.floor(random() * 10)}`;
  const adSpend = `${1 + Math.floor(random() * 4)}tr${random() < 0.5 ? '' : '5'}`;
  const leads = orders * 2 + Math.floor(random() * 100);
  return [String(orders), revenue, adSpend, String(leads)];
}

export function eveningSession(owner: Owner, random: () => number): Session {
  const steps: Step[] = [];
  if (random() < SHARE.today) {
    steps.push({ kind: 'today', text: '/today' });
    for (const answer of dayNumbers(random)) steps.push({ kind: 'answer', text: answer });
    steps.push({ kind: 'save' });
  }
  steps.push({ kind: 'entry', text: dayNumbers(random).join(' ') }, { kind: 'save' });
  if (random() < SHARE.week) steps.push({ kind: 'week', text: '/week' });
  if (random() < SHARE.chart) steps.push(chartStep(random));
  return { owner, steps, next: 0 };
}

export function chartStep(random: () => number): Step {
  return { kind: 'chart', text: random() < 0.5 ? '/chart week' : '/chart month' };
}
