/**
 * The built feeds: every one is valid Atom 1.0 by the rules of RFC 4287 that readers rely on
 * (ids, updated, links, unique ids), there is one per modification and per working group, each
 * linked from its page with <link rel="alternate">, and the site feed's titles say what changed.
 */
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/render/urls';
import { badgeWords } from '../../src/render/words';
import { feedFiles, origin, read } from '../support/data-files';
import { atomProblems, parseXml, textOf, type AtomNode } from '../support/formats';
import { realRegister } from '../support/real-register';
import { fileFor, page } from '../support/site';

const register = realRegister();
const feedOf = (file: string) => parseXml(read(file))['feed'] as AtomNode;

describe('the feeds', () => {
  it('are one for the site, one per modification and one per working group', () => {
    expect([...feedFiles].sort()).toEqual(
      [urls.feed(), ...register.modifications.map((m) => urls.modificationFeed(m.id)), ...register.workingGroups.map((w) => urls.workingGroupFeed(w.id))].sort(),
    );
  });

  it.each(feedFiles)('%s is valid Atom 1.0', (file) => {
    expect(atomProblems(read(file))).toEqual([]);
  });

  it.each(feedFiles)('%s links only to the public origin, and its links resolve', (file) => {
    const feed = feedOf(file);
    const links = [...(feed.link ?? []), ...(feed.entry ?? []).flatMap((e) => e.link ?? [])].map((l) => l['@href']);
    for (const href of links) {
      expect(href.startsWith(`${origin}/`), href).toBe(true);
      expect(fileFor(new URL(href).pathname), href).not.toBeNull();
    }
    expect(feed.link?.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${origin}${file}`);
  });

  it('are announced by the pages they follow, with <link rel="alternate">', () => {
    const announced = (address: string, feed: string) =>
      page(address).querySelector(`head link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`) !== null;
    for (const m of register.modifications) expect(announced(urls.modification(m.id), urls.modificationFeed(m.id)), m.id).toBe(true);
    for (const w of register.workingGroups) expect(announced(urls.workingGroup(w.id), urls.workingGroupFeed(w.id)), w.id).toBe(true);
    expect(announced(urls.home(), urls.feed())).toBe(true);
  });

  it('are linked where a reader looks: on the page itself and on the page of data and feeds', () => {
    for (const m of register.modifications) {
      expect(page(urls.modification(m.id)).querySelector(`main a[href="${urls.modificationFeed(m.id)}"]`), m.id).not.toBeNull();
      expect(page(urls.data()).querySelector(`main a[href="${urls.modificationFeed(m.id)}"]`), m.id).not.toBeNull();
    }
  });

  it("title each event of the site feed by what it changed, and give it the same id in the modification's feed", () => {
    const site = feedOf(urls.feed()).entry ?? [];
    expect(site).toHaveLength(register.modifications.reduce((n, m) => n + m.events.length, 0));
    for (const m of register.modifications) {
      const own = new Map((feedOf(urls.modificationFeed(m.id)).entry ?? []).map((e) => [textOf(e['id']), textOf(e['title'])]));
      expect(own.size).toBe(m.events.length);
      for (const step of m.history) {
        if (!step.before || !step.after) continue;
        const moved = step.before.phase !== step.after.phase || step.before.stage !== step.after.stage || step.before.onHold !== step.after.onHold;
        if (!moved) continue;
        const title = `${m.id}: ${badgeWords(step.before)} → ${badgeWords(step.after)}`;
        const entry = site.find((e) => textOf(e['title']) === title && e.link?.[0]?.['@href'].endsWith(`#event-${step.index + 1}`));
        expect(entry, title).toBeDefined();
        expect(own.get(textOf(entry?.['id']))).toBe(title);
      }
    }
  });

  it('date every entry no later than the as-of date', () => {
    for (const file of feedFiles) {
      for (const e of feedOf(file).entry ?? []) expect(textOf(e['updated']) <= `${register.asOf}T00:00:00Z`, file).toBe(true);
    }
  });
});
