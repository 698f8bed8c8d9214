/** `astro build` with a story file that references an unknown record fails, naming the file and the line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('astro build with STORY_CONTENT_DIR=<story with an unknown count id> exits non-zero and names file and line', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'story-content-build-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'story-content-cache-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, STORY_CONTENT_DIR: 'tests/fixtures/story-unknown-id', ASTRO_CACHE_DIR: cacheDir },
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('tests/fixtures/story-unknown-id/story.md:15: unknown count id "tw-held-captive-nowhere"');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}, 300_000);
