import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

const dataDir = mkdtempSync(join(tmpdir(), 'shoppulse-chat-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm run chat` with the owner's lines on standard input, as a tester would type them. */
function chat(lines: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts'], {
    cwd: projectRoot,
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', BOT_TOKEN: '', LOG_LEVEL: 'warn' },
  });
  if (result.status !== 0) throw new Error(`chat exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

// Each test starts a process that opens PGlite (several seconds, more on a busy machine).
describe('npm run chat', { timeout: 120_000 }, () => {
  it('lets a tester onboard and save 15 8tr5 2tr 85 with no token and no database server', () => {
    const out = chat(['/start', 'Hoa Mai Shop', '#1', '#1', '15 8tr5 2tr 85', '#1', '/quit']);
    expect(out).toContain('[#1 🇻🇳 Tiếng Việt]');
    expect(out).toContain('Đã tạo cửa hàng Hoa Mai Shop');
    expect(out).toContain('AOV (giá trị đơn): 566.667 ₫');
    expect(out).toContain('CPL (chi phí/lead): 23.529 ₫');
    expect(out).toContain('CVR (tỉ lệ chốt): 17,65 %');
    expect(out).toContain('ROAS: 4,25 · hòa vốn 1,67 ✅ có lãi');
    expect(out).toContain('Lãi ròng: 3.100.000 ₫');
    expect(out).toContain('(notice) Đã lưu');
  });

  it('keeps the data for the next session (a restart loses nothing)', () => {
    const out = chat(['/edit hôm nay', '/quit']);
    expect(out).toContain('Số liệu đã lưu');
    expect(out).toContain('Lãi ròng: 3.100.000 ₫');
  });
});
