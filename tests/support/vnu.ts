/**
 * The W3C's Nu HTML Checker (`vnu.jar` from the npm package `vnu-jar`, pinned) run by Debian's
 * Java (`default-jre-headless`; the README's test command and `.ci/run` install it when it is
 * missing). One JVM checks every file it is given, which takes seconds where a JVM per file
 * would take minutes. `java -jar` is run directly rather than the package's `vnu` command,
 * which would try to download a Java runtime of its own when none is found.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const JAVA = process.env.JAVA_PATH ?? 'java';

/** The checker's jar inside the installed package. */
export const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** One message of the checker, as its JSON output gives it. */
export interface VnuMessage {
  /** `error`, `info` (with `subType: 'warning'` for warnings) or `non-document-error`. */
  readonly type: string;
  readonly subType?: string;
  /** The file checked, as a `file:` URL. */
  readonly url?: string;
  readonly firstLine?: number;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly lastColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

/** Why the checker cannot run here, or `null` when it can. */
export function javaMissing(): string | null {
  const probe = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return `No Java runtime (${JAVA}). Install Debian's: apt-get install -y default-jre-headless`;
  return null;
}

/**
 * Checks HTML files and returns every message. `errorsOnly` asks for errors alone, as the gate
 * does. A file that could not be read comes back as a `non-document-error`; the checker says
 * nothing at all about a path that does not exist, so callers pass only files they listed.
 */
export function checkHtml(files: readonly string[], { errorsOnly = true } = {}): VnuMessage[] {
  const missing = javaMissing();
  if (missing) throw new Error(missing);
  if (files.length === 0) throw new Error('no files to check');
  const args = ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...(errorsOnly ? ['--errors-only'] : []), ...files];
  const run = spawnSync(JAVA, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`vnu.jar failed (${run.status ?? run.signal}): ${run.stderr}`);
  return (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
}

/** A message as `file:line: type: message`, the file given relative to `base` when it is inside it. */
export function describeMessage(m: VnuMessage, base: string): string {
  const file = m.url ? decodeURIComponent(m.url.replace(/^file:/, '')) : '(no file)';
  const shown = file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
  const kind = m.type === 'info' && m.subType === 'warning' ? 'warning' : m.type;
  return `${shown}:${m.firstLine ?? m.lastLine ?? 0}: ${kind}: ${m.message}`;
}
