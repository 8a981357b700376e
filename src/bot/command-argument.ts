import type { BotContext } from './context.js';

/** What follows a command (`/goal 300tr` → `300tr`), trimmed; empty for a bare command or a button. */
export function commandArgument(ctx: BotContext): string {
  return typeof ctx.match === 'string' ? ctx.match.trim() : '';
}
