import { randomUUID } from 'node:crypto';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema/index.js';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { createHarness, type Harness, onboard } from '../support/bot-harness.js';
import { type FuzzStep, fillTemplate, fuzzStep } from '../support/fuzz-inputs.js';
import { captureLogs, type LogCapture } from '../support/log-capture.js';
import { recordRefusedCalls } from '../support/refused-calls.js';
import { useTestDatabase } from '../support/test-db.js';

// Thousands of random and hostile messages and button presses, from a few owners (and a stranger), through
// the real bot. None may end in an unhandled error, none may make the bot send a call Telegram refuses,
// and none may change a row of the owner who takes no part. FUZZ_SEED reproduces a run; FUZZ_RUNS sizes it.

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const MAX_FAILURES = Number(process.env.FUZZ_MAX_FAILURES ?? 5);

const VICTIM = { id: 9_100_000_001, first_name: 'Victim', language_code: 'vi' };
const ACTORS = [
  { id: 9_100_000_011, first_name: 'Lan', language_code: 'vi' },
  { id: 9_100_000_012, first_name: 'Minh', language_code: 'en' },
  { id: 9_100_000_013, first_name: 'Hùng', language_code: 'vi' },
  { id: 9_100_000_014, first_name: 'Stranger', language_code: 'fr' },
];
const ONBOARDED_ACTORS = 3;

const db = await useTestDatabase({ reset: 'once' });

const tables = Object.values(schema as Record<string, unknown>).filter((v): v is PgTable => is(v, PgTable));

/** Every row, in any table, that names one of the ids (as a whole column value), as JSON, sorted. */
async function rowsNaming(ids: readonly string[]): Promise<string[]> {
  const wanted = new Set(ids);
  const found: string[] = [];
  for (const table of tables) {
    const result = await db.execute(sql`select * from ${sql.identifier(getTableName(table))}`);
    for (const row of result.rows as Record<string, unknown>[]) {
      if (Object.values(row).some((v) => v !== null && wanted.has(String(v)))) {
        found.push(`${getTableName(table)} ${JSON.stringify(row)}`);
      }
    }
  }
  return found.sort();
}

interface Failure {
  step: number;
  action: FuzzStep;
  /** The callback data sent, for a press. */
  pressed?: string | undefined;
  what: string;
}

function draftIdIn(messages: ChatMessage[]): string | undefined {
  for (const message of [...messages].reverse()) {
    for (const button of message.keyboard.flat()) {
      const match = /^entry:\w+:([0-9a-f-]{36})$/.exec(button.callback_data ?? '');
      if (match) return match[1];
    }
  }
  return undefined;
}

describe('fuzz: random and hostile input through the real bot', () => {
  it(`${RUNS} messages and button presses: no error, no refused call, no other owner's row changed`, async () => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} to reproduce)`);
    const h: Harness = createHarness(db);
    const logs: LogCapture = captureLogs('warn');
    h.deps.logger = logs.logger;

    // The owner who takes no part: a shop, saved days, an unsaved draft, a diagnosed week with action items.
    const victim = h.user(VICTIM);
    await onboard(victim, { shopName: 'Victim Shop' });
    for (const day of ['17/11', '18/11', '19/11', '20/11', '21/11', '24/11']) {
      await victim.send(`${day} 3 9tr 8tr 200`);
      await victim.press('Lưu');
    }
    await victim.send('/week');
    await victim.send('15 8tr5 2tr 85');
    const [victimUser] = (
      await db.execute(sql`select id from users where external_id = ${String(VICTIM.id)}`)
    ).rows as { id: string }[];
    const [victimShop] = (await db.execute(sql`select id from shops where owner_id = ${victimUser!.id}`))
      .rows as { id: string }[];
    const [victimItem] = (
      await db.execute(sql`select id from action_items where shop_id = ${victimShop!.id} limit 1`)
    ).rows as { id: string }[];
    const victimDraft = draftIdIn(victim.messages());
    expect(victimItem, 'the victim has action items to aim at').toBeDefined();
    expect(victimDraft, 'the victim has a draft to aim at').toBeDefined();
    const victimIds = [victimUser!.id, victimShop!.id, String(VICTIM.id)];
    const before = await rowsNaming(victimIds);

    // Refused calls are counted from here on, on a bot built with the capturing logger.
    const failures: Failure[] = [];
    const refused = recordRefusedCalls(h);
    const current: Omit<Failure, 'what'> = { step: -1, action: { who: 0, kind: 'press', pick: 0 } };
    h.restart();
    const chats: ChatSession[] = ACTORS.map((actor) => h.user(actor));
    for (const [i, chat] of chats.slice(0, ONBOARDED_ACTORS).entries()) {
      await onboard(chat, { shopName: `Actor Shop ${i}`, language: i === 1 ? 'en' : 'vi' });
    }
    const ownShops = new Map<number, string>();
    for (const actor of ACTORS.slice(0, ONBOARDED_ACTORS)) {
      const [row] = (
        await db.execute(
          sql`select s.id from shops s join users u on u.id = s.owner_id where u.external_id = ${String(actor.id)}`,
        )
      ).rows as { id: string }[];
      ownShops.set(actor.id, row!.id);
    }

    const steps = fc.sample(fuzzStep(ACTORS.length), { seed: SEED, numRuns: RUNS });
    const started = performance.now();
    for (const [step, action] of steps.entries()) {
      Object.assign(current, { step, action, pressed: undefined });
      const chat = chats[action.who]!;
      try {
        await perform(chat, action);
      } catch (error) {
        failures.push({ ...current, what: `threw: ${String(error)}` });
      }
      for (const call of refused.splice(0)) failures.push({ ...current, what: `refused ${call}` });
      const errors = logs.lines().filter((l) => (l.level as number) >= 50);
      if (errors.length > 0) {
        failures.push({ ...current, what: `logged: ${JSON.stringify(errors[0]).slice(0, 1500)}` });
        logs.raw.length = 0;
      }
      if (failures.length >= MAX_FAILURES) break;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${steps.length} steps in ${seconds} s, ${h.api.calls.length} API calls`);

    async function perform(chat: ChatSession, action: FuzzStep): Promise<void> {
      if (action.kind === 'text') {
        await chat.send(action.text);
        return;
      }
      const messages = chat.messages();
      if (action.kind === 'press') {
        const buttons = messages
          .slice(-5)
          .flatMap((m) => m.keyboard.flat().map((b) => ({ m, b })))
          .filter(({ b }) => b.callback_data !== undefined);
        const choice = buttons[action.pick % Math.max(buttons.length, 1)];
        current.pressed = choice?.b.callback_data;
        if (choice) await chat.pressData(choice.b.callback_data!, choice.m);
        else await chat.send('/help');
        return;
      }
      const data = fillTemplate(
        action.template,
        {
          victimDraft: victimDraft!,
          victimShop: victimShop!.id,
          victimItem: victimItem!.id,
          ownDraft: draftIdIn(messages) ?? randomUUID(),
          ownShop: ownShops.get(chat.user.id) ?? randomUUID(),
          randomUuid: randomUUID(),
        },
        action.pick,
      );
      const target = messages[messages.length - 1 - (action.pick % Math.max(messages.length, 1))];
      current.pressed = data ?? undefined;
      if (data && target) await chat.pressData(data, target);
      else await chat.send('/help');
    }

    const report = failures.map(
      (f) => `step ${f.step} ${JSON.stringify(f.action).slice(0, 300)} ${f.pressed ?? ''}: ${f.what}`,
    );
    expect(report, `fuzz seed ${SEED}`).toEqual([]);
    expect(await rowsNaming(victimIds), `fuzz seed ${SEED}: the victim's rows`).toEqual(before);
  }, 1_800_000);
});
