/**
 * Headless Chromium from Debian, driven by playwright-core, against the built site served on
 * 127.0.0.1 by the project's own static server. Each test file starts and stops both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium';
import { startServer, type RunningServer } from '../../scripts/lib/static-server';
import { dist } from './site';

export interface Session {
  readonly browser: Browser;
  readonly server: RunningServer;
  /** A new page in a fresh context, in the given colour scheme. */
  page(options?: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean; width?: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's: sudo apt-get install -y chromium`);
  }
  const server = await startServer(dist);
  const browser = await launchChromium();
  return {
    browser,
    server,
    async page({ colorScheme = 'light', javaScriptEnabled = true, width = 1200 } = {}) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled, viewport: { width, height: 900 }, baseURL: server.url });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG tags the register is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string | undefined }[];
}

/** Runs axe-core on the page and returns its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
}

/** A readable summary of violations for a failed assertion. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/** Waits until the search page has finished its search and returns the result addresses. */
export async function searchResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return !/Searching|Type a search/.test(status);
  });
  return page.$$eval('#search-results .result-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
