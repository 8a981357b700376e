import { randomBytes } from 'node:crypto';
import type { BotDeps } from '../context.js';

// One id per bot instance (one per process start): a flow records it when it asks a question and again
// when the answer comes, so an answer to a question asked before a restart is recognised as such. The
// open question itself lives in the chat's conversation state, in the database.

const runs = new WeakMap<BotDeps, string>();

export function processRunId(deps: BotDeps): string {
  let id = runs.get(deps);
  if (id === undefined) {
    id = randomBytes(6).toString('hex');
    runs.set(deps, id);
  }
  return id;
}

/** A token for one offer button: 8 lower-case letters and digits. */
export function offerToken(): string {
  return randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, '0').slice(-8);
}
