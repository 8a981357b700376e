import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'drizzle-kit';

// drizzle-kit resolves `schema` and `out` against the current directory: run it from the project root.
// With DATABASE_URL, db:push / db:studio talk to that PostgreSQL server; without it, to the same embedded
// PGlite database the bot uses (`${DATA_DIR}/pglite`), so a newcomer needs no server. `db:generate` only
// diffs the schema against drizzle/meta and touches no database.
// This file is read by drizzle-kit (which loads .env itself), not by the app, so it reads the environment
// directly.
const databaseUrl = process.env.DATABASE_URL;
// An empty DATA_DIR counts as unset, as in src/config.ts.
const pgliteDir = join(process.env.DATA_DIR || './data', 'pglite');

const common = {
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
} as const;

function pgliteConfig() {
  mkdirSync(pgliteDir, { recursive: true });
  return defineConfig({
    ...common,
    dialect: 'postgresql',
    driver: 'pglite',
    dbCredentials: { url: pgliteDir },
  });
}

export default databaseUrl
  ? defineConfig({ ...common, dialect: 'postgresql', dbCredentials: { url: databaseUrl } })
  : pgliteConfig();
