/**
 * Lighthouse, an outside judge, on one page of every type of a production build (the public
 * origin configured, so canonical links are absolute), served by nginx as it will be in
 * production (`../support/judged-site.ts`), in the default mobile configuration. Floors:
 * performance at least 95, and 100 for accessibility, best practices and SEO. Each page is
 * judged by its best of up to five runs, since another process on the machine can only lower
 * a score (see `../support/lighthouse.ts`); the scores of every page are printed at the end,
 * as the README's Performance section records them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeShortfalls, FIXED_RUNS, MAX_RUNS, openJudgeBrowser, type JudgeBrowser, type Judgement, type Run } from '../support/lighthouse';
import { PUBLIC_ORIGIN, serveForJudges, type JudgedServer } from '../support/judged-site';
import { readTree, runScript, workFolder } from '../support/scripts';

/** One page of every type, by the address a reader opens. */
const PAGES: readonly { type: string; address: string }[] = [
  { type: 'home', address: '/' },
  { type: 'register', address: '/modifications/' },
  { type: 'view', address: '/modifications/phase/refinement/' },
  { type: 'modification', address: '/modifications/secmp0016/' },
  { type: 'release', address: '/releases/2018-02/' },
  { type: 'version', address: '/versions/5.0/' },
  { type: 'working group', address: '/working-groups/wg1/' },
  { type: 'document', address: '/documents/gbcs/' },
  { type: 'source', address: '/sources/sec-update-2016-11-09/' },
  { type: 'report', address: '/reports/2016-11/' },
  // With a query, so that the results arrive while Lighthouse watches the page load.
  { type: 'search', address: '/search/?q=gas' },
  { type: 'about', address: '/about/' },
  // Lighthouse refuses to judge a page served with status 404 ("unable to reliably load the
  // page"), so the 404 page is judged at its own address, where it is served with 200; the
  // server test checks that a missing address gets it with 404.
  { type: '404', address: '/404.html' },
];

const FLOORS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

/** Whether a run meets every floor. */
const meetsFloors = (run: Run) =>
  run.scores.performance >= FLOORS.performance && run.scores.accessibility >= FLOORS.accessibility && run.scores['best-practices'] >= FLOORS['best-practices'] && run.scores.seo >= FLOORS.seo;

const site = workFolder('lighthouse');
let server: JudgedServer;
let browser: JudgeBrowser;
const judged = new Map<string, Judgement>();

beforeAll(async () => {
  const build = runScript('scripts/build.ts', { ...site.env, REGISTER_SITE: PUBLIC_ORIGIN });
  if (build.status !== 0) throw new Error(`the production build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveForJudges(site.out);
  browser = await openJudgeBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  site.remove();
  if (judged.size > 0) {
    const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
    const rows = PAGES.filter((p) => judged.has(p.type)).map(({ type, address }) => {
      const j = judged.get(type) as Judgement;
      const b = j.best.scores;
      return line([type, `\`${address}\``, b.performance, j.median.scores.performance, b.accessibility, b['best-practices'], b.seo, j.best.cls.toFixed(3), j.runs.map((r) => r.scores.performance).join(', ')]);
    });
    const index = [...judged.values()].flatMap((j) => j.runs.map((r) => r.benchmarkIndex));
    console.log(
      [
        `Lighthouse ${FIXED_RUNS === null ? `best of up to ${MAX_RUNS} runs` : `${FIXED_RUNS} runs`} per page, mobile; benchmark index ${Math.min(...index).toFixed(0)}–${Math.max(...index).toFixed(0)}`,
        line(['Page type', 'Address', 'Performance, best', 'Performance, median', 'Accessibility', 'Best practices', 'SEO', 'CLS', 'Performance, each run']),
        line(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
        ...rows,
      ].join('\n'),
    );
  }
});

describe('the production build', () => {
  it('gives every page, redirect pages included, an absolute canonical link on the public origin', () => {
    const pages = [...(readTree(site.out)?.keys() ?? [])].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const wrong = pages.flatMap((f) => {
      const href = parse(readFileSync(join(site.out, f), 'utf8')).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '(none)';
      return href.startsWith(`${PUBLIC_ORIGIN}/`) && URL.canParse(href) ? [] : [`${f}: ${href}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('Lighthouse, mobile', () => {
  it.each(PAGES)('$type ($address) meets the floors', async ({ type, address }) => {
    const file = address.split('?')[0] as string;
    expect(existsSync(join(site.out, file.endsWith('/') ? `${file}index.html` : file)), `${address} is in the build`).toBe(true);
    const j = await browser.judge(`${server.origin}${address}`, meetsFloors);
    judged.set(type, j);
    const { scores, shortfalls } = j.best;
    const why = `${type} ${address}, best of ${j.runs.length} runs (performance ${j.runs.map((r) => r.scores.performance).join(', ')}): ${JSON.stringify(scores)}\n${describeShortfalls(j.best)}`;
    expect(scores.performance, why).toBeGreaterThanOrEqual(FLOORS.performance);
    expect(scores.accessibility, why).toBe(FLOORS.accessibility);
    expect(scores['best-practices'], why).toBe(FLOORS['best-practices']);
    expect(scores.seo, why).toBe(FLOORS.seo);
    expect(shortfalls.filter((s) => s.category !== 'performance'), why).toEqual([]);
    // The server's compression is the real one: nothing is sent uncompressed that should not be.
    expect(j.best.audits['uses-text-compression'], why).toBe(1);
    // Search results arrive while the page loads; the space kept for them means nothing moves.
    if (type === 'search') for (const run of j.runs) expect(run.cls, why).toBeLessThan(0.05);
  }, 600_000);
});
