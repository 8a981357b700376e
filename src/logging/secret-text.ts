import { REDACTED } from './redaction.js';

/**
 * Anything shaped like a Bot API token: the bot's numeric id, a colon, then Telegram's 35-character secret
 * (base64url alphabet; we accept 30 or more so a token of another length is caught too). `%3A` is the colon
 * of a token inside an encoded URL.
 */
const TOKEN = /\b\d{5,16}(?::|%3A)[\w-]{30,}/gi;

/**
 * The token's segment of a Bot API URL, `/bot<token>/` or `/file/bot<token>/`, whatever the token looks like
 * (10 characters at least, so that a path such as `/src/bot/` stays readable).
 */
const TOKEN_PATH = /(\/(?:file\/)?bot)[^/\s"'?#]{10,}(?=\/)/gi;

/** The password of a URL's user info, as in `postgres://user:password@host/db`. */
const URL_PASSWORD = /\b([a-z][a-z\d+.-]*:\/\/[^\s:/@"']*:)[^\s/@"']+@/gi;

/** Known secrets shorter than this are not replaced as plain text: they would match ordinary words. */
const MIN_SECRET_LENGTH = 8;

/**
 * A text with every secret in it replaced by `[redacted]`: bot tokens and `/bot<token>/` paths, URL
 * passwords, and each of `secrets` (the bot's token, the webhook secret, the database password) as written,
 * URL-encoded and JSON-escaped. The rest of the text (a method name, a reason such as ECONNREFUSED) stays.
 */
export function redactSecretText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out
    .replace(TOKEN, REDACTED)
    .replace(TOKEN_PATH, `$1${REDACTED}`)
    .replace(URL_PASSWORD, `$1${REDACTED}@`);
}

/** The secrets a running bot knows of, for `redactSecretText`: its token, webhook secret and database password. */
export function knownSecrets(settings: {
  botToken?: string | undefined;
  webhookSecret?: string | undefined;
  databaseUrl?: string | undefined;
}): string[] {
  const secrets = [settings.botToken, settings.webhookSecret, databasePassword(settings.databaseUrl)];
  return secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}
