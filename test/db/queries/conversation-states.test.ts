import { describe, expect, it } from 'vitest';
import {
  deleteConversationState,
  readConversationStates,
  writeConversationState,
} from '../../../src/db/queries/conversation-states.js';
import { useTestDatabase } from '../../support/test-db.js';

const db = await useTestDatabase();

describe('conversation state queries', () => {
  it('reads back what was written, replaces it, and forgets it on delete', async () => {
    const state = {
      version: [0, 0],
      state: { dailyEntry: [{ args: [], interrupts: [], replay: { send: [] } }] },
    };
    expect(await readConversationStates(db, ['12345'])).toEqual([]);

    await writeConversationState(db, '12345', state);
    expect(await readConversationStates(db, ['12345'])).toEqual([{ key: '12345', state }]);

    const next = { version: [0, 0], state: { text: 'Hoa hồng đỏ 🌹', n: 8_500_000, nothing: null } };
    await writeConversationState(db, '12345', next);
    expect(await readConversationStates(db, ['12345'])).toEqual([{ key: '12345', state: next }]);

    await deleteConversationState(db, '12345');
    expect(await readConversationStates(db, ['12345'])).toEqual([]);
    await deleteConversationState(db, '12345');
  });

  it('reads the stored states of many keys at once, skipping keys without one', async () => {
    await writeConversationState(db, '1', { n: 1 });
    await writeConversationState(db, '2', { n: 2 });
    const states = await readConversationStates<{ n: number }>(db, ['2', '3', '1']);
    expect(states.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: '1', state: { n: 1 } },
      { key: '2', state: { n: 2 } },
    ]);
  });
});
