import type { Api } from 'grammy';

type ApiSignal = NonNullable<Parameters<Api['getMe']>[0]>;

/** One signal aborted by any of these, typed as grammY wants it (its types use a shim; it runs on Node's). */
export function apiSignal(...signals: AbortSignal[]): ApiSignal {
  return AbortSignal.any(signals) as unknown as ApiSignal;
}
