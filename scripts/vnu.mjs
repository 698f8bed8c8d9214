/**
 * The Nu HTML Checker (the `vnu-jar` package, run on Java: Debian's `default-jre-headless`), shared by the
 * browser tests and the test script. One JVM call checks every file given, which keeps it fast.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The checker's jar, from node_modules. */
export const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

export const JAVA = process.env.JAVA || 'java';

/** Whether a Java runtime answers on this machine. */
export const hasJava = () => spawnSync(JAVA, ['-version'], { stdio: 'ignore' }).status === 0;

/**
 * Valid CSS the checker's CSS module does not know yet, in a page's own `<style>` (the embeds inline theirs):
 * container queries (CSS Containment 3) and their units (`cqw`, `cqh`, ...), `paint-order` (CSS Fill and
 * Stroke 3) and SVG 2's geometry property `r`. Every page inlines its CSS (one round trip less before the first
 * paint). Only these exact messages are let through; any other CSS error still fails.
 */
export const CSS_CHECKER_GAPS = [
  /^CSS: Unrecognized at-rule “@container”/,
  /^CSS: “(container-type|container-name|container|paint-order|r)”: Property “\1” doesn't exist\.$/,
];

/** "Unknown dimension" is let through only when the value it points at is a container query unit. */
const CQ_UNIT = /\d(?:cqw|cqh|cqi|cqb|cqmin|cqmax)\b/;
const isCheckerGap = (m) =>
  CSS_CHECKER_GAPS.some((re) => re.test(m.message ?? '')) ||
  (/^CSS: “[^”]+”: Unknown dimension\.$/.test(m.message ?? '') && CQ_UNIT.test(m.extract ?? ''));

/**
 * Checks `files` (paths to HTML documents) and returns every error, as `file:line: message`; warnings are
 * not errors. Throws when Java is missing or the checker itself fails.
 */
export function validateHtml(files) {
  if (files.length === 0) throw new Error('validateHtml: no files to check');
  if (!hasJava()) throw new Error(`validateHtml: no Java runtime (${JAVA}); \`npm test\` installs Debian's default-jre-headless when run as root`);
  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  let report;
  try {
    report = JSON.parse(run.stderr || run.stdout);
  } catch {
    throw new Error(`validateHtml: the checker did not report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return (report.messages ?? [])
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .filter((m) => !isCheckerGap(m))
    .map((m) => `${decodeURIComponent((m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 120)}]` : ''}`);
}
