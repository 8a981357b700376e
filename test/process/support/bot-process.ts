import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../../../src/paths.js';
import { pinnedClockEnv } from './pinned-clock.js';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BotProcessOptions {
  token: string;
  apiRoot: string;
  /** DATA_DIR or DATABASE_URL (see createProcessDatabase) and any other setting. */
  env: Record<string, string>;
  /** The instant the process's clock starts at (SHOPPULSE_NOW); PINNED_NOW by default. */
  now?: string;
}

/** Every setting the bot reads, blank unless given, so a developer's .env cannot leak into a test. */
const BLANK_SETTINGS = [
  'DATABASE_URL',
  'DATA_DIR',
  'WEBHOOK_URL',
  'WEBHOOK_SECRET',
  'DEFAULT_LOCALE',
  'DEFAULT_TIMEZONE',
  'SHUTDOWN_TIMEOUT_MS',
  'SHOPPULSE_NOW',
  'NODE_ENV',
];

/** The real bot (`src/main.ts` under tsx) in a child process, its JSON log lines collected. */
export class BotProcess {
  readonly logs: LogLine[] = [];
  stderr = '';
  readonly exited: Promise<Exit>;
  private readonly logWaiters = new Set<() => void>();
  private closed = false;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    let partial = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.addLog(line);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => {
      // 'close' comes after 'exit' once stdout is read to the end: the last log lines are in.
      child.once('close', (code, signal) => {
        this.closed = true;
        for (const wake of this.logWaiters) wake();
        resolve({ code, signal });
      });
    });
  }

  static async start(options: BotProcessOptions): Promise<BotProcess> {
    const port = await freePort();
    // BOT_ENTRY runs another entry point, to watch a test fail on the code before a fix.
    const entry = process.env.BOT_ENTRY ?? 'src/main.ts';
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TMPDIR: process.env.TMPDIR ?? '',
        ...Object.fromEntries(BLANK_SETTINGS.map((name) => [name, ''])),
        BOT_TOKEN: options.token,
        TELEGRAM_API_ROOT: options.apiRoot,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        ...pinnedClockEnv(options.now),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new BotProcess(child, port);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get(path: string): Promise<Response> {
    return fetch(`http://127.0.0.1:${this.port}${path}`);
  }

  /** The first log line with this message (waiting for it); fails when the process exits first. */
  async waitForLog(msg: string, timeoutMs = 60_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.logs.find((l) => l.msg === msg);
      if (line) return line;
      if (this.closed) {
        throw new Error(`the bot exited before logging "${msg}"\n${this.describe()}`);
      }
      if (Date.now() > deadline) throw new Error(`no "${msg}" within ${timeoutMs} ms\n${this.describe()}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.logWaiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, 100);
        this.logWaiters.add(wake);
      });
    }
  }

  hasLog(msg: string): boolean {
    return this.logs.some((l) => l.msg === msg);
  }

  /** Sends the signal; resolves with how the process ended and how long it took. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit & { ms: number }> {
    const started = Date.now();
    this.child.kill(signal);
    const exit = await this.exited;
    return { ...exit, ms: Date.now() - started };
  }

  /** For cleanup after a failed test. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** The last log messages and stderr, for a failure message. */
  describe(): string {
    const tail = this.logs.slice(-15).map((l) => `  ${l.level} ${l.msg}`);
    return `last log lines:\n${tail.join('\n')}\nstderr:\n${this.stderr.slice(-2000)}`;
  }

  private addLog(line: string): void {
    if (!line.trim()) return;
    try {
      this.logs.push(JSON.parse(line) as LogLine);
    } catch {
      this.logs.push({ level: 0, msg: line });
    }
    for (const wake of this.logWaiters) wake();
  }
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls `check` until it holds. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
