import { createLogger, type Logger } from '../../src/logger.js';

export interface LogCapture {
  logger: Logger;
  /** Every line written so far, as written (JSON text). */
  raw: string[];
  /** Every line written so far, parsed. */
  lines(): Array<Record<string, unknown>>;
}

/** The production logger (same serializers and redaction) writing to memory, at every level. */
export function captureLogs(level = 'trace'): LogCapture {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void raw.push(line) });
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
