import { expect } from 'vitest';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';

/** The lines of a CSV document the bot sent; checks the byte order mark Excel needs and the end of line. */
export function csvLines(message: ChatMessage): string[] {
  const bytes = message.document!.bytes;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1);
}
