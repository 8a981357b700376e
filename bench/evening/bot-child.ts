// A bot under load in a child process: started with the stats preload and an IPC channel, its JSON log lines
// read for warnings and errors, asked for its event-loop delay and memory, stopped with SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStatsReply, type StatsReply, type StatsRequest } from './child-stats-protocol.js';

const PRELOAD = fileURLToPath(new URL('./child-stats.js', import.meta.url));

/** Every setting the bot reads, blank unless given, so a developer's .env cannot leak into the bench. */
const BLANK_SETTINGS = [
  'DATABASE_URL',
  'DATA_DIR',
  'WEBHOOK_URL',
  'WEBHOOK_SECRET',
  'DEFAULT_LOCALE',
  'DEFAULT_TIMEZONE',
  'SHUTDOWN_TIMEOUT_MS',
  'LOG_LEVEL',
];

export interface BotChildOptions {
  /** The script to run (an absolute path). */
  entry: string;
  cwd: string;
  env: Record<string, string>;
  /** The log message that says the bot takes updates. */
  readyLog: string;
  /** Extra node flags (for example `--cpu-prof`), before the preload. */
  nodeArgs?: string[];
}

export class BotChild {
  /** Warnings and errors logged, by message: reset by takeLogCounts(). */
  private logCounts = new Map<string, number>();
  /** The first cause logged with each message (error type and message, cut short). */
  private readonly examples = new Map<string, string>();
  private readonly tail: string[] = [];
  private stderr = '';
  private ready = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: StatsReply) => void>();
  readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly readyLog: string,
  ) {
    let partial = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.readLine(line);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('message', (message: unknown) => {
      if (!isStatsReply(message)) return;
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(options: BotChildOptions): Promise<BotChild> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), '--import', pathToFileURL(PRELOAD).href, options.entry],
      {
        cwd: options.cwd,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          TMPDIR: process.env.TMPDIR ?? '',
          ...Object.fromEntries(BLANK_SETTINGS.map((name) => [name, ''])),
          HOST: '127.0.0.1',
          PORT: String(port),
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    const bot = new BotChild(child, port, options.readyLog);
    try {
      await bot.waitUntilReady(120_000);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    return bot;
  }

  get webhookUrl(): string {
    return `http://127.0.0.1:${this.port}/telegram/webhook`;
  }

  /**
   * Event-loop delay since the last reset (then starts a new window) and memory, from the child itself;
   * `collect` runs a full garbage collection before memory is read (see StatsRequest).
   */
  stats(reset = true, collect = false): Promise<StatsReply> {
    const id = this.nextId++;
    const request: StatsRequest = { type: 'evening-stats?', id, reset, collect };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error('the bot process did not answer a stats request within 10 s'));
      }, 10_000);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.child.send(request);
    });
  }

  /** The warnings and errors logged since the last call, by message. */
  takeLogCounts(): Map<string, number> {
    const counts = new Map(
      [...this.logCounts].map(([key, count]) => {
        const example = this.examples.get(key);
        return [example ? `${key} (first: ${example})` : key, count];
      }),
    );
    this.logCounts = new Map();
    return counts;
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 20_000): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  describe(): string {
    return `last log lines:\n${this.tail.join('\n')}\nstderr:\n${this.stderr}`;
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ready) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`the bot exited before "${this.readyLog}"\n${this.describe()}`);
      }
      if (Date.now() > deadline)
        throw new Error(`no "${this.readyLog}" within ${timeoutMs} ms\n${this.describe()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private readLine(line: string): void {
    if (!line.trim()) return;
    this.tail.push(line.slice(0, 300));
    if (this.tail.length > 15) this.tail.shift();
    // pino writes "level":30 for info; only warnings (40) and above are parsed.
    const level = /"level":(\d+)/.exec(line)?.[1];
    if (!this.ready && line.includes(`"msg":"${this.readyLog}"`)) this.ready = true;
    if (level === undefined || Number(level) < 40) return;
    let msg = line;
    let example: string | undefined;
    try {
      const parsed = JSON.parse(line) as { msg?: unknown; err?: { type?: unknown; message?: unknown } };
      msg = String(parsed.msg);
      if (parsed.err) example = `${String(parsed.err.type)}: ${String(parsed.err.message).slice(0, 160)}`;
    } catch {}
    const key = `${Number(level) >= 50 ? 'error' : 'warn'}: ${msg}`;
    if (example && !this.examples.has(key)) this.examples.set(key, example);
    this.logCounts.set(key, (this.logCounts.get(key) ?? 0) + 1);
  }
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
