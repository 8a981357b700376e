import type { Transformer } from 'grammy';
import { CutOffError } from '../cut-off.js';
import { apiSignal } from './api-signal.js';

/**
 * A Bot API transformer that aborts every call once `signal` is: the call in flight, its retries, and any
 * later call (which then fails at once), each with CutOffError. Install it last, so the transformers below
 * it see the signal.
 */
export function abortCallsOn(signal: AbortSignal): Transformer {
  return async (prev, method, payload, callSignal) => {
    const signals = callSignal ? [signal, callSignal as unknown as AbortSignal] : [signal];
    try {
      return await prev(method, payload, apiSignal(...signals));
    } catch (error) {
      if (signal.aborted) throw new CutOffError(`${method} aborted: shutting down`, { cause: error });
      throw error;
    }
  };
}
