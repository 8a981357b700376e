import type { Transformer } from 'grammy';
import { CutOffError } from '../cut-off.js';

type CallSignal = Parameters<Transformer>[3];

/**
 * A Bot API transformer that aborts every call once `signal` is: the call in flight, its retries, and any
 * later call (which then fails at once), each with CutOffError. Install it last, so the transformers below
 * it see the signal. Each call gets a signal of its own whose listeners go when the call ends (not
 * AbortSignal.any: it keeps one entry per call on the long-lived signal).
 */
export function abortCallsOn(signal: AbortSignal): Transformer {
  return async (prev, method, payload, callSignal) => {
    const cutOff = (cause?: unknown) =>
      new CutOffError(`${method} aborted: shutting down`, cause === undefined ? undefined : { cause });
    if (signal.aborted) throw cutOff();
    const own = new AbortController();
    const abort = () => own.abort();
    const outer = callSignal as unknown as AbortSignal | undefined;
    signal.addEventListener('abort', abort, { once: true });
    outer?.addEventListener('abort', abort, { once: true });
    if (outer?.aborted) own.abort();
    try {
      return await prev(method, payload, own.signal as unknown as CallSignal);
    } catch (error) {
      if (signal.aborted) throw cutOff(error);
      throw error;
    } finally {
      signal.removeEventListener('abort', abort);
      outer?.removeEventListener('abort', abort);
    }
  };
}
