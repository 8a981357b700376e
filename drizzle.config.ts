import { defineConfig } from 'drizzle-kit';

// drizzle-kit resolves `schema` and `out` against the current directory: run it from the project root.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  dbCredentials: process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { url: 'postgres://localhost:5432/shoppulse' },
  strict: true,
  verbose: true,
});
