// `npm run chat`: the real bot, the real database, and a local stand-in for Telegram, in the terminal.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import type { Bot } from 'grammy';
import { createApp } from '../app.js';
import { clockNotice } from '../clock.js';
import { type Config, configSecrets, loadConfig, loadDotEnv } from '../config.js';
import { BotApiStandIn, type ChatMessage } from '../dev/bot-api-stand-in.js';
import { ChatSession, type Transcript } from '../dev/chat-session.js';
import { createLogger } from '../logger.js';
import { projectRoot } from '../paths.js';
import { DEV_COMMANDS_HELP, isDevCommand, runDevCommand } from './chat-dev.js';

const CHAT_USER = { id: 1_000_001, first_name: 'Chủ shop' };
const OUTPUT_DIR = join(projectRoot, 'chat-output');

const color = (code: number) => (text: string) =>
  process.stdout.isTTY ? `\x1b[${code}m${text}\x1b[0m` : text;
const dim = color(2);
const bold = color(1);
const cyan = color(36);

function printMessage(
  message: ChatMessage,
  label: string,
  buttons: Map<number, { message: ChatMessage; data: string }>,
) {
  const text = message.text ?? message.caption ?? '';
  const body = text
    .split('\n')
    .map((line, i) => (i === 0 ? line : `      ${line}`))
    .join('\n');
  console.log(`${cyan(label)} ${body}`);
  const rows = message.keyboard.map((row) =>
    row
      .map((button) => {
        const number = buttons.size + 1;
        if (button.callback_data) buttons.set(number, { message, data: button.callback_data });
        return `[#${number} ${button.text}]`;
      })
      .join(' '),
  );
  for (const row of rows) console.log(`      ${bold(row)}`);
}

/** Runs the conversation loop until /quit or end of input. */
export async function runLocalChat(config: Config): Promise<void> {
  // Logs go to stderr at warn so they don't mix with the chat.
  const logger = createLogger(
    config.logLevel === 'info' ? 'warn' : config.logLevel,
    process.stderr as never,
    configSecrets(config),
  );
  const notice = clockNotice(config.clock);
  if (notice) logger.warn(notice.fields, notice.msg);
  const api = new BotApiStandIn();
  const { bot, database, deps } = await createApp(config, logger, api.token, {
    botInfo: api.botInfo,
    client: { fetch: api.fetch as never },
  });
  const user = { ...CHAT_USER, language_code: config.defaultLocale };
  const chat = new ChatSession(bot as unknown as Bot<never>, api, user);
  let buttons = new Map<number, { message: ChatMessage; data: string }>();

  console.log(bold('ShopPulse — local chat (no Telegram needed)'));
  console.log(
    dim(
      `You are "${user.first_name}". Type as the shop owner; press a button by typing its number, like #1.\n` +
        `Start with /start, then try: 15 8tr5 2tr 85   ·   /help   ·   /quit to leave.\n` +
        `${DEV_COMMANDS_HELP}\n` +
        `Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}. Pictures are saved in chat-output/.\n`,
    ),
  );

  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt(bold('you › '));
  const prompt = () => {
    if (process.stdin.isTTY) rl.prompt();
  };
  prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') break;
      if (line === '') {
        prompt();
        continue;
      }
      if (!process.stdin.isTTY) console.log(`${bold('you ›')} ${line}`);
      const press = /^#(\d+)$/.exec(line);
      let transcript: Transcript;
      if (isDevCommand(line)) {
        const result = await runDevCommand(line, deps, api, chat);
        for (const note of result.notes) console.log(dim(`(dev) ${note}`));
        if (!result.transcript) {
          prompt();
          continue;
        }
        transcript = result.transcript;
      } else if (press) {
        const target = buttons.get(Number(press[1]));
        if (!target) {
          console.log(dim(`No button #${press[1]} on screen.`));
          prompt();
          continue;
        }
        transcript = await chat.pressData(target.data, target.message);
      } else {
        transcript = await chat.send(line);
      }
      buttons = new Map();
      for (const answer of transcript.answers.filter(Boolean))
        console.log(`${cyan('bot ·')} ${dim(`(notice) ${answer}`)}`);
      for (const message of transcript.edited) printMessage(message, 'bot ✎', buttons);
      for (const message of transcript.sent) {
        printMessage(message, 'bot ›', buttons);
        const file = message.photo ?? message.document;
        if (file) {
          await mkdir(OUTPUT_DIR, { recursive: true });
          const path = join(OUTPUT_DIR, `${message.messageId}-${file.filename}`);
          await writeFile(path, file.bytes);
          console.log(dim(`      (saved ${path})`));
        }
      }
      prompt();
    }
  } finally {
    rl.close();
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  loadDotEnv();
  await runLocalChat(loadConfig());
}
