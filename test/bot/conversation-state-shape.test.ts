import { describe, expect, it } from 'vitest';
import { storedFlowNameKeys } from '../../src/bot/conversations/open-flows.js';
import { conversationStates } from '../../src/db/schema/index.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';

// A command that ends a flow names it ("Đã dừng: sửa số liệu một ngày"), read from the flow's stored state:
// the conversations plugin keeps, per flow name, the arguments it was entered with as a JSON text under
// `args`, which the plugin does not document. If an upgrade changes that shape, this fails instead of every
// ended flow being named as the default one.

const { db, h } = await useBotHarness();

async function storedState(): Promise<{ version: unknown; state: Record<string, { args?: unknown }[]> }> {
  const [row, ...others] = await db.select({ state: conversationStates.state }).from(conversationStates);
  expect(others).toEqual([]);
  return row?.state as never;
}

describe("the conversations plugin's stored state", () => {
  it('keeps each flow under its name with its arguments as JSON text, as the flow names are read', async () => {
    const owner = h.user({ id: 7300, first_name: 'Lan', language_code: 'vi' });
    await onboard(owner);

    await owner.send('/today');
    const entry = await storedState();
    const [flowName, ...otherFlows] = Object.keys(entry.state);
    expect(otherFlows).toEqual([]);
    const [flow] = entry.state[flowName!]!;
    expect(typeof flow?.args).toBe('string');
    expect(Array.isArray(JSON.parse(String(flow?.args)))).toBe(true);
    expect(storedFlowNameKeys(entry.state as never)).toEqual(['flow-name-entry']);
    await owner.send('/cancel');

    await owner.send('/delete');
    expect(storedFlowNameKeys((await storedState()).state as never)).toEqual(['flow-name-delete-day']);
  });
});
