import pino from 'pino';

export type Logger = pino.Logger;

/** The root logger: structured JSON on stdout; the bot token never appears (redacted wherever it is logged). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'shoppulse-bot' },
      redact: { paths: ['token', 'botToken', 'config.botToken', '*.token'], censor: '[redacted]' },
    },
    destination,
  );
}
