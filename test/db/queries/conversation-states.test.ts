import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteConversationState,
  readConversationState,
  writeConversationState,
} from '../../../src/db/queries/conversation-states.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('conversation state queries', () => {
  it('reads back what was written, replaces it, and forgets it on delete', async () => {
    const state = {
      version: [0, 0],
      state: { dailyEntry: [{ args: [], interrupts: [], replay: { send: [] } }] },
    };
    expect(await readConversationState(db, '12345')).toBeUndefined();

    await writeConversationState(db, '12345', state);
    expect(await readConversationState(db, '12345')).toEqual(state);

    const next = { version: [0, 0], state: { text: 'Hoa hồng đỏ 🌹', n: 8_500_000, nothing: null } };
    await writeConversationState(db, '12345', next);
    expect(await readConversationState(db, '12345')).toEqual(next);

    await deleteConversationState(db, '12345');
    expect(await readConversationState(db, '12345')).toBeUndefined();
    await deleteConversationState(db, '12345');
  });
});
