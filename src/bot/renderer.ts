import type { Renderer } from '../i18n/translator.js';
import type { BotContext } from './context.js';

/** The language of the update being handled, as one value for the views. */
export function rendererOf(ctx: BotContext): Renderer {
  return { locale: ctx.locale, t: ctx.t.bind(ctx) };
}
