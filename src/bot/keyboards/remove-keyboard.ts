import type { Context } from 'grammy';

/** Whether the message whose button was pressed shows buttons (a tampered press can come from any message). */
export function pressedMessageHasKeyboard(ctx: Context): boolean {
  const markup = ctx.callbackQuery?.message?.reply_markup;
  return markup?.inline_keyboard.some((row) => row.length > 0) ?? false;
}

/**
 * Takes the buttons off the message whose button was pressed. A message without buttons is left alone:
 * Telegram refuses an edit that changes nothing.
 */
export async function removePressedKeyboard(ctx: Context): Promise<void> {
  if (!pressedMessageHasKeyboard(ctx)) return;
  await ctx.editMessageReplyMarkup().catch(() => undefined);
}
