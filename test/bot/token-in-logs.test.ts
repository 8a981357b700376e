import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { captureLogs, type LogCapture } from '../support/log-capture.js';

// When api.telegram.org cannot be reached, the network error's message holds the whole request URL, and the
// URL holds the bot's token. No log line may carry it, at any level, inside a flow or outside one.

const { h } = await useBotHarness();
let logs: LogCapture;
let owner: ChatSession;

beforeEach(async () => {
  logs = captureLogs('trace');
  h.deps.logger = logs.logger;
  h.restart(); // the bot takes its dependencies when built
  owner = h.user({ id: 5100, first_name: 'Lan', language_code: 'vi' });
  await onboard(owner);
});

/** The token, and its secret half on its own (a line could split it at the colon). */
function tokenLeaks(): string[] {
  const secret = h.api.token.split(':')[1] ?? h.api.token;
  return logs.raw.filter((line) => line.includes(h.api.token) || line.includes(secret));
}

const linesNamed = (msg: string) => logs.lines().filter((l) => l.msg === msg);
// Every retry of the call meets the same outage.
const OUTAGE = 10;
const LEFT_FOR_SWEEP = 'Bot API call failed for now; left for a later sweep';

describe('the bot token never reaches a log line', () => {
  it("outside a flow: the reply left for a sweep keeps the method and the reason, not the URL's token", async () => {
    h.api.unreachableNext('sendMessage', OUTAGE);
    await owner.send('/help');
    const [line, ...others] = linesNamed(LEFT_FOR_SWEEP);
    expect(others).toEqual([]);
    expect(line).toMatchObject({
      level: 40,
      update_id: expect.any(Number),
      err: {
        type: 'HttpError',
        message: "Network request for 'sendMessage' failed!",
        cause: {
          type: 'FetchError',
          code: 'ECONNREFUSED',
          message: expect.stringMatching(
            /^request to .*\/bot\[redacted\]\/sendMessage failed, reason: connect ECONNREFUSED/,
          ),
        },
      },
    });
    expect(logs.raw.length).toBeGreaterThan(5);
    expect(tokenLeaks()).toEqual([]);
  });

  it('inside a flow: the question left for a sweep carries no token either', async () => {
    const newcomer = h.user({ id: 5200, first_name: 'Minh', language_code: 'vi' });
    h.api.unreachableNext('sendMessage', OUTAGE);
    await newcomer.send('/start');
    const lines = linesNamed(LEFT_FOR_SWEEP);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatchObject({
        level: 40,
        err: { type: 'HttpError', cause: { type: 'FetchError', code: 'ECONNREFUSED' } },
      });
    }
    expect(tokenLeaks()).toEqual([]);
  });

  it('a reset or a time-out, on a button press, keeps its own reason', async () => {
    await owner.send('15 8tr5 2tr 85');
    h.api.unreachableNext('answerCallbackQuery', OUTAGE, 'socket hang up');
    h.api.unreachableNext('editMessageText', OUTAGE, 'connect ETIMEDOUT 149.154.167.220:443');
    await owner.press('Lưu');
    const causes = logs
      .lines()
      .map(
        (l) => (l.err as { cause?: { type?: string; code?: string; message?: string } } | undefined)?.cause,
      )
      .filter((cause) => cause?.type === 'FetchError');
    expect(causes.length).toBeGreaterThan(0);
    for (const cause of causes) {
      expect(cause?.message).toMatch(
        /\/bot\[redacted\]\/\w+ failed, reason: (socket hang up|connect ETIMEDOUT)/,
      );
    }
    expect(tokenLeaks()).toEqual([]);
  });

  it("a token in a line's own message or in any field is redacted too", () => {
    logs.logger.warn({ url: `https://api.telegram.org/bot${h.api.token}/getMe` }, `token ${h.api.token}`);
    logs.logger.child({ apiRoot: `https://api.telegram.org/file/bot${h.api.token}/photos/1.jpg` }).info('x');
    expect(logs.raw).not.toHaveLength(0);
    expect(tokenLeaks()).toEqual([]);
  });
});
