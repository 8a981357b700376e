import { GrammyError } from 'grammy';

/** Telegram refuses an edit that would leave the message as it is; for an idempotent edit that is success. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes('message is not modified');
}
