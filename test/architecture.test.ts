import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Which layer may import which (see "Layout" in the README). Each rule names the files it covers and the
// imports they may not have; a relative specifier is resolved against its file, so `../bot/x.js` from
// src/jobs is src/bot/x.js wherever it is written.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** npm packages the pure domain must not touch: Telegram, the database drivers, logging. */
const INFRASTRUCTURE_PACKAGES = ['grammy', '@grammyjs', 'drizzle-orm', 'pg', '@electric-sql/pglite', 'pino'];

interface ImportOf {
  /** The file, relative to the repository root with forward slashes (`src/jobs/job-scheduler.ts`). */
  file: string;
  /** The specifier as written. */
  specifier: string;
  line: number;
  /** For a relative specifier: the target, relative to the root (`src/bot/i18n.js`); else undefined. */
  target: string | undefined;
}

interface Rule {
  name: string;
  /** Folder (with a trailing slash) whose files the rule covers. */
  covers: string;
  forbids(i: ImportOf): boolean;
}

const under = (target: string | undefined, ...folders: string[]) =>
  target !== undefined && folders.some((folder) => target.startsWith(folder));

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** What a view or keyboard may not import: what reads, renders or serves (the schema's row types excepted). */
function drawingForbids(i: ImportOf): boolean {
  if (i.target !== undefined) {
    return !under(i.target, 'src/db/schema/') && under(i.target, 'src/db/', 'src/charts/', 'src/server/');
  }
  return (
    i.specifier.startsWith('node:') ||
    ['drizzle-orm', 'pg', '@electric-sql/pglite'].includes(packageOf(i.specifier))
  );
}

const RULES: Rule[] = [
  {
    name: 'src/domain imports only src/domain, node built-ins and plain npm packages',
    covers: 'src/domain/',
    forbids: (i) => {
      if (i.target !== undefined) return !under(i.target, 'src/domain/');
      if (i.specifier.startsWith('node:') || builtinModules.includes(i.specifier)) return false;
      const pkg = packageOf(i.specifier);
      return INFRASTRUCTURE_PACKAGES.some((p) => pkg === p || pkg.startsWith(`${p}/`));
    },
  },
  {
    name: 'src/db does not import src/services, src/bot or src/jobs',
    covers: 'src/db/',
    forbids: (i) => under(i.target, 'src/services/', 'src/bot/', 'src/jobs/'),
  },
  {
    name: 'src/services does not import src/bot or src/jobs',
    covers: 'src/services/',
    forbids: (i) => under(i.target, 'src/bot/', 'src/jobs/'),
  },
  {
    name: 'src/bot reaches the database only through src/services (no src/db/queries)',
    covers: 'src/bot/',
    forbids: (i) => under(i.target, 'src/db/queries/'),
  },
  ...['src/bot/views/', 'src/bot/keyboards/'].map((covers) => ({
    name: `${covers} draw values into text and buttons: no database (but row types), charts or server`,
    covers,
    forbids: drawingForbids,
  })),
  {
    name: 'src/jobs does not import src/bot',
    covers: 'src/jobs/',
    forbids: (i) => under(i.target, 'src/bot/'),
  },
  {
    name: 'src does not import test',
    covers: 'src/',
    forbids: (i) => under(i.target, 'test/'),
  },
];

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|cts|js|mjs)$/.test(entry.name))
    .map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))))
    .sort();
}

/** Every import, export … from, side-effect import and dynamic import() of a file (comments ignored). */
function importsOf(file: string, source: string): ImportOf[] {
  return ts.preProcessFile(source, true, true).importedFiles.map(({ fileName: specifier, pos }) => {
    const relativeSpecifier = specifier.startsWith('./') || specifier.startsWith('../');
    return {
      file,
      specifier,
      line: source.slice(0, pos).split('\n').length,
      target: relativeSpecifier
        ? toPosix(relative(root, resolve(root, dirname(file), specifier)))
        : undefined,
    };
  });
}

function violationsOf(file: string, source: string): string[] {
  return importsOf(file, source).flatMap((i) =>
    RULES.filter((rule) => file.startsWith(rule.covers) && rule.forbids(i)).map(
      (rule) => `${i.file}:${i.line} imports '${i.specifier}' (${rule.name})`,
    ),
  );
}

describe('architecture', () => {
  it('no file under src/ imports across a forbidden layer boundary', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((file) => violationsOf(file, readFileSync(join(root, file), 'utf8')));
    expect(violations).toEqual([]);
  });

  it('the rules catch what they are meant to (relative paths resolved against the file)', () => {
    const check = (file: string, line: string) => violationsOf(file, `${line}\n`);
    expect(check('src/jobs/x.ts', "import type { Translate } from '../bot/i18n.js';")).toEqual([
      "src/jobs/x.ts:1 imports '../bot/i18n.js' (src/jobs does not import src/bot)",
    ]);
    expect(check('src/services/a/b.ts', "export { x } from '../../bot/views/y.js';")).toHaveLength(1);
    expect(check('src/services/x.ts', "const m = await import('../jobs/y.js');")).toHaveLength(1);
    expect(check('src/db/queries/x.ts', "import type { S } from '../../services/s.js';")).toHaveLength(1);
    expect(check('src/db/queries/x.ts', "import { s } from '../schema/index.js';")).toEqual([]);
    expect(check('src/domain/x.ts', "import { y } from './y.js';")).toEqual([]);
    expect(check('src/domain/x.ts', "import dayjs from 'dayjs';")).toEqual([]);
    expect(check('src/domain/x.ts', "import { join } from 'node:path';")).toEqual([]);
    expect(check('src/domain/x.ts', "import { Api } from 'grammy';")).toHaveLength(1);
    expect(check('src/domain/x.ts', "import type { Update } from 'grammy/types';")).toHaveLength(1);
    expect(check('src/domain/x.ts', "import { sql } from 'drizzle-orm';")).toHaveLength(1);
    expect(check('src/domain/x.ts', "import type { Logger } from '../logger.js';")).toHaveLength(1);
    expect(check('src/domain/x.ts', "import { x } from '../domainish/x.js';")).toHaveLength(1);
    expect(check('src/bot/x.ts', "import { f } from '../../test/support/f.js';")).toHaveLength(1);
    expect(check('src/bot/features/x.ts', "import { q } from '../../db/queries/q.js';")).toHaveLength(1);
    expect(check('src/bot/features/x.ts', "import { s } from '../../services/s.js';")).toEqual([]);
    expect(check('src/bot/views/x.ts', "import type { Shop } from '../../db/schema/index.js';")).toEqual([]);
    expect(
      check('src/bot/views/x.ts', "import { render } from '../../charts/chart-renderer.js';"),
    ).toHaveLength(1);
    expect(
      check('src/bot/keyboards/x.ts', "import type { Database } from '../../db/client.js';"),
    ).toHaveLength(1);
    expect(check('src/bot/views/x.ts', "import { readFile } from 'node:fs/promises';")).toHaveLength(1);
    // A specifier that only looks like a layer: `./bot/…` from src/services is src/services/bot/….
    expect(check('src/services/x.ts', "import { y } from './bot/y.js';")).toEqual([]);
    // Comments are not imports.
    expect(check('src/jobs/x.ts', "// import { y } from '../bot/y.js';")).toEqual([]);
  });
});
