// Preloaded into a bot process under load (`node --import <this file> main.js`, spawned with an IPC channel):
// answers the bench's stats requests with the process's event-loop delay and memory. Bench-only: the bot's
// own code knows nothing of it.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isStatsRequest, type StatsReply } from './child-stats-protocol.js';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

const ms = (ns: number) => ns / 1e6;

process.on('message', (message: unknown) => {
  if (!isStatsRequest(message)) return;
  if (message.collect) (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  const reply: StatsReply = {
    type: 'evening-stats',
    id: message.id,
    loopDelay: {
      p50: ms(delay.percentile(50)),
      p99: ms(delay.percentile(99)),
      max: ms(delay.max),
      samples: delay.count,
    },
    cpuMicros: cpu.user + cpu.system,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    heapTotal: memory.heapTotal,
    external: memory.external,
  };
  process.send?.(reply);
  // Each window's figures start from its own samples.
  if (message.reset) delay.reset();
});
// The channel must not keep a bot alive that has finished shutting down.
process.channel?.unref();
