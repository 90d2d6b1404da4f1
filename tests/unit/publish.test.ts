/**
 * Publishing (`scripts/lib/publish.ts`): the new site is in place as soon as `publishSite`
 * returns, and the old one is deleted by a process of its own in the background, never taken
 * for a site meanwhile; a half-deleted old site whose deleter died is deleted by the next
 * recovery, and one a running deleter holds is left to it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discardedSites, publishSite, recoverInterruptedPublish, siteFolders } from '../../scripts/lib/publish';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function site(dir: string, label: string, files = 50): void {
  for (let i = 0; i < files; i++) {
    mkdirSync(join(dir, `p${i}`), { recursive: true });
    writeFileSync(join(dir, `p${i}`, 'index.html'), `<p>${label} ${i}</p>`);
  }
  writeFileSync(join(dir, 'index.html'), `<p>${label}</p>`);
}

function outFolder() {
  const root = mkdtempSync(join(tmpdir(), 'register-publish-'));
  roots.push(root);
  return siteFolders(join(root, 'dist'));
}

async function deleted(folders: ReturnType<typeof siteFolders>): Promise<string[]> {
  for (let waited = 0; discardedSites(folders).length > 0 && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  return discardedSites(folders);
}

describe('publishSite', () => {
  it('puts the new site in place at once and deletes the old one in the background', async () => {
    const folders = outFolder();
    site(folders.out, 'old');
    site(folders.staging, 'new');
    publishSite(folders);
    expect(readFileSync(join(folders.out, 'index.html'), 'utf8')).toBe('<p>new</p>');
    expect(existsSync(folders.staging) || existsSync(folders.previous)).toBe(false);
    expect(await deleted(folders)).toEqual([]);
  });
});

describe('recoverInterruptedPublish', () => {
  it("removes an unfinished build and the data files written beside it, and leaves the site", () => {
    const folders = outFolder();
    site(folders.out, 'current');
    site(folders.staging, 'unfinished');
    mkdirSync(join(folders.data, 'api/v1/modifications'), { recursive: true });
    writeFileSync(join(folders.data, 'api/v1/modifications/secmp0023.json'), '{}');
    expect(recoverInterruptedPublish(folders)).toEqual([expect.stringContaining('.dist-staging/'), expect.stringContaining('.dist-data/')]);
    expect(existsSync(folders.staging) || existsSync(folders.data)).toBe(false);
    expect(readFileSync(join(folders.out, 'index.html'), 'utf8')).toBe('<p>current</p>');
  });

  it('deletes a half-deleted old site whose deleter is gone, and says so', async () => {
    const folders = outFolder();
    site(folders.out, 'current');
    // A deleter that died after claiming its folder: no process has this pid.
    const orphan = `${folders.discarded}-1-abc-deleting-999999999`;
    site(orphan, 'old');
    expect(recoverInterruptedPublish(folders)).toEqual([expect.stringMatching(/half-deleted old site.*in the background/)]);
    expect(await deleted(folders)).toEqual([]);
    expect(readFileSync(join(folders.out, 'index.html'), 'utf8')).toBe('<p>current</p>');
  });

  it('leaves a half-deleted old site to the deleter that holds it while that deleter runs', () => {
    const folders = outFolder();
    site(folders.out, 'current');
    const held = `${folders.discarded}-1-abc-deleting-${process.pid}`;
    site(held, 'old', 3);
    expect(recoverInterruptedPublish(folders)).toEqual([]);
    expect(existsSync(held)).toBe(true);
  });
});
