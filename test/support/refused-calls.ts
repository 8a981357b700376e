import type { Harness } from './bot-harness.js';

/**
 * Records every Bot API call the stand-in refuses (it answers 400 where Telegram would), as
 * "method: description". Takes effect on the next bot the harness builds: call `h.restart()` after.
 */
export function recordRefusedCalls(h: Harness): string[] {
  const refused: string[] = [];
  const inner = h.api.fetch;
  const fetch = async (url: string | URL, init?: { body?: unknown; headers?: unknown }) => {
    const response = await inner(url, init);
    const body = (await response.clone().json()) as { ok: boolean; description?: string };
    if (!body.ok) refused.push(`${String(url).split('/').pop()}: ${body.description}`);
    return response;
  };
  Object.defineProperty(h.api, 'fetch', { value: fetch });
  return refused;
}
