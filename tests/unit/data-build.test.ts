/** `astro build` against a broken data directory fails, naming the file, the record and the field. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixtureDataDir } from '../helpers/dataFixtures';

it('astro build with STORY_DATA_DIR=<negative value> exits non-zero and names file, record and field', () => {
  const dataDir = fixtureDataDir('data-negative-value');
  const outDir = mkdtempSync(join(tmpdir(), 'story-build-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, STORY_DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('counts.json: record "tw-held" (index 0), field "value": must be >= 0');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 300_000);
