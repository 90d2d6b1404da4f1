/**
 * `npm run new -- --help` and each command's `--help`, from the real command line.
 */
import { describe, expect, it } from 'vitest';
import { runNew } from '../support/scaffolds';

describe('npm run new -- --help', () => {
  it('lists every command', () => {
    const run = runNew(['--help'], 'content');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run new -- [options] [command]');
    for (const command of ['modification [options]', 'event [options] [modification]', 'source [options]']) expect(run.stdout).toContain(command);
  });

  it.each([
    ['modification', ['--title <title>', '--short-title <title>', '--number <n>', '--source <id>', '--section <id>', '--date <date>', '--locator <text>', 'npm run new -- modification --title']],
    ['event', ['--kind <kind>', '--date <date>', '--source <id>', '--section <id>', '--locator <text>', '--detail <text>', '--meeting <id>', 'working-group-meeting', 'npm run new -- event SECMP0016']],
    ['source', ['--file <path>', '--id <id>', '--date <date>', '--title <title>', '--short-title <title>', '--kind <kind>', '--author <who>', '--signed-by <who>', '--audience <who>', '--description <text>', 'npm run new -- source --file paper.txt']],
  ])('explains %s', (command, expected) => {
    const run = runNew([command, '--help'], 'content');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Usage: npm run new -- ${command} [options]`);
    for (const text of expected) expect(run.stdout).toContain(text);
  });

  it('refuses an unknown command', () => {
    const run = runNew(['meeting'], 'content');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("error: unknown command 'meeting'");
  });
});
