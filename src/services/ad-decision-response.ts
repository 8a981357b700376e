import type { Database } from '../db/client.js';
import { setAdDecisionResponse } from '../db/queries/ad-decisions.js';

/** The owner's answer (Done / Later) to a SCALE or KILL verdict of the shop's; a verdict answered already stays. */
export function answerAdDecision(
  db: Database,
  shopId: string,
  decisionId: string,
  response: Parameters<typeof setAdDecisionResponse>[3],
  at: Date,
): ReturnType<typeof setAdDecisionResponse> {
  return setAdDecisionResponse(db, shopId, decisionId, response, at);
}
