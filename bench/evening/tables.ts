// The printed tables of the evening bench (Markdown, so they paste into a report as they are).
import type { StatsReply } from './child-stats-protocol.js';
import type { Distribution, WindowFigures } from './figures.js';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));

function cells(values: (string | number)[]): string {
  return `| ${values.map(String).join(' | ')} |`;
}

function latency(d: Distribution): string[] {
  return [String(d.n), `${ms(d.p50)} / ${ms(d.p95)} / ${ms(d.p99)}`];
}

/** non-200 / error reply / timeout / wrong answer. */
export function errorCell(f: WindowFigures): string {
  const e = f.errors;
  return f.errorTotal === 0 ? '0' : `${e.non200} / ${e.errorReply} / ${e.timeout} / ${e.wrongAnswer}`;
}

export function rampHeader(withCharts: boolean): string {
  const head = [
    'step /s',
    'offered /s',
    'handled /s',
    'text n',
    'text p50 / p95 / p99 ms',
    ...(withCharts ? ['chart n', 'chart p50 / p95 / p99 ms'] : []),
    'errors',
    'bot loop p99 ms',
    'RSS MB',
    'heap MB',
    'held',
    'bot CPU %',
    'bench CPU % / loop p99 ms',
  ];
  return `${cells(head)}\n${cells(head.map(() => '---'))}`;
}

export function rampRow(
  label: string | number,
  f: WindowFigures,
  end: StatsReply,
  withCharts: boolean,
  held: boolean,
  load: { botCpuPercent: number; benchCpuPercent: number; benchLoopP99: number },
): string {
  return cells([
    label,
    f.offeredPerS.toFixed(1),
    f.handledPerS.toFixed(1),
    ...latency(f.text),
    ...(withCharts ? latency(f.chart) : []),
    errorCell(f),
    ms(end.loopDelay.p99),
    mb(end.rss),
    mb(end.heapUsed),
    held ? 'yes' : 'no',
    load.botCpuPercent.toFixed(0),
    `${load.benchCpuPercent.toFixed(0)} / ${ms(load.benchLoopP99)}`,
  ]);
}

export function soakHeader(): string {
  const head = [
    'until s',
    'offered /s',
    'handled /s',
    'text p50 / p95 / p99 ms',
    'chart n',
    'chart p99 ms',
    'errors',
    'bot loop p99 ms',
    'RSS MB after GC',
    'heap MB after GC',
  ];
  return `${cells(head)}\n${cells(head.map(() => '---'))}`;
}

export function soakRow(untilS: number, f: WindowFigures, end: StatsReply): string {
  return cells([
    untilS,
    f.offeredPerS.toFixed(1),
    f.handledPerS.toFixed(1),
    latency(f.text)[1]!,
    f.chart.n,
    ms(f.chart.p99),
    errorCell(f),
    ms(end.loopDelay.p99),
    mb(end.rss),
    mb(end.heapUsed),
  ]);
}

export function memoryLine(what: string, s: StatsReply): string {
  return `${what}: RSS ${mb(s.rss)} MB, heap used ${mb(s.heapUsed)} MB of ${mb(s.heapTotal)} MB, external ${mb(s.external)} MB`;
}

export function distributionLine(what: string, d: Distribution): string {
  return `${what}: n ${d.n}, p50 ${ms(d.p50)} ms, p95 ${ms(d.p95)} ms, p99 ${ms(d.p99)} ms, max ${ms(d.max)} ms`;
}

export function goal(text: string, met: boolean | undefined): string {
  return `- ${text}: ${met === undefined ? 'NOT MEASURED' : met ? 'MET' : 'NOT MET'}`;
}

export { mb, ms };
