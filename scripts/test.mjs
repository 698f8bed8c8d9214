/**
 * The whole test run, as `npm test`: makes sure a browser and a Java runtime (for the Nu HTML Checker) are there, then type-checks (astro check), runs the
 * unit and snapshot tests (vitest), builds the site, runs the browser tests against the build (Playwright),
 * and ends with one line summing every runner: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { CHROMIUM_PATH, hasChromium } from './chromium.mjs';
import { hasJava } from './vnu.mjs';

const totals = { passed: 0, failed: 0 };
const run = (cmd, args, opts = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;
};

let aptUpdated = false;
/** Installs Debian packages when root (as on a fresh CI machine); returns whether it succeeded. */
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    if (run('apt-get', ['update', '-qq'], { env }) !== 0) return false;
    aptUpdated = true;
  }
  return run('apt-get', ['install', '-y', '-qq', ...packages], { env }) === 0;
}

function ensureChromium() {
  if (hasChromium()) return true;
  if (process.getuid?.() === 0) {
    console.log(`No browser at ${CHROMIUM_PATH}: installing Debian's chromium package.`);
    return aptInstall(['chromium']) && hasChromium();
  }
  console.error(
    `No browser at ${CHROMIUM_PATH}, and not root, so it cannot be installed here.\n` +
      `Install it with \`sudo apt-get install chromium\`, or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  );
  return false;
}

/** The Nu HTML Checker (vnu-jar, from npm) runs on Java: Debian's default-jre-headless. */
function ensureJava() {
  if (hasJava()) return true;
  if (process.getuid?.() === 0) {
    console.log("No Java runtime: installing Debian's default-jre-headless package (for the Nu HTML Checker).");
    return aptInstall(['default-jre-headless']) && hasJava();
  }
  console.error(
    'No Java runtime, and not root, so it cannot be installed here. The HTML validation needs one:\n' +
      'install it with `sudo apt-get install default-jre-headless`, or point JAVA at a java binary.',
  );
  return false;
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });

// 1. Types: one check.
if (run('npx', ['astro', 'check']) === 0) totals.passed += 1;
else totals.failed += 1;

// 2. Unit and snapshot tests.
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
if (existsSync('test-results/vitest.json')) {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += v.numFailedTests ?? 0;
  // A file that fails to load fails no test but fails the run; no tests at all is a failure too.
  if ((v.numTotalTests ?? 0) === 0 || (v.success === false && (v.numFailedTests ?? 0) === 0)) totals.failed += 1;
} else totals.failed += 1;

// 3. Build, then browser tests against the build.
const built = run('npx', ['astro', 'build']) === 0;
if (!built) totals.failed += 1;
else if (!ensureChromium() || !ensureJava()) totals.failed += 1;
else {
  run('npx', ['playwright', 'test']);
  if (existsSync('test-results/playwright.json')) {
    const p = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
    totals.passed += p.stats?.expected ?? 0;
    totals.failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
    if ((p.errors ?? []).length > 0 || (p.stats?.expected ?? 0) + (p.stats?.unexpected ?? 0) === 0) totals.failed += 1;
  } else totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
