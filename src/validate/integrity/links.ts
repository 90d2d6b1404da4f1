/**
 * Links: an `http:` or `mailto:` address only where a cited source prints it so, and every
 * address on the SEC website, which this site answers as a redirect, a clean path that does not
 * land on one of this site's own pages.
 */
import { urls } from '../../domain/addresses';
import { modificationAliases } from '../../domain/ids';
import { redirectPathProblem, SEC_WEBSITE } from '../../domain/links';
import { collectionNames } from '../../schemas';
import type { FieldPath } from '../../schemas/citations';
import type { Citation } from '../../schemas/common';
import type { Entry } from '../../schemas/content';
import type { Problem } from '../problems';
import { problem, type IntegrityContext } from './context';

type Link = { url: string; sources: readonly Citation[] };

/** Every link (an object with a `url` and its `sources`) in an entry's data, with its path. */
function* linksIn(value: unknown, path: FieldPath = []): Generator<{ link: Link; path: FieldPath }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* linksIn(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    const v = value as Partial<Link>;
    if (typeof v.url === 'string' && Array.isArray(v.sources)) yield { link: v as Link, path };
    else for (const [key, child] of Object.entries(value)) yield* linksIn(child, [...path, key]);
  }
}

/** Every page address the content gives this site, directory style. */
function pageAddresses(context: IntegrityContext): Set<string> {
  const { content } = context;
  const fixed = [urls.home(), urls.modifications(), urls.releases(), urls.versions(), urls.workingGroups(), urls.documents(), urls.sources(), urls.meetings(), urls.reports(), urls.search(), urls.about()];
  return new Set([
    ...fixed,
    ...content.modifications.map((e) => urls.modification(e.data.id)),
    ...content.releases.flatMap((e) => [urls.release(e.data.id), urls.modificationsByRelease(e.data.id)]),
    ...content.versions.map((e) => urls.version(e.data.id)),
    ...content.workingGroups.flatMap((e) => [urls.workingGroup(e.data.id), urls.modificationsByWorkingGroup(e.data.id)]),
    ...content.documents.flatMap((e) => [urls.document(e.data.id), urls.modificationsByDocument(e.data.id)]),
    ...content.sources.map((e) => urls.source(e.data.id)),
    // The short addresses every modification is given (`/mp23/`) are taken too.
    ...content.modifications.flatMap((e) => modificationAliases(e.data.id).map((alias) => `/${alias}/`)),
  ]);
}

export function* checkLinks(context: IntegrityContext): Generator<Problem> {
  const { content } = context;
  // The text of a cited source: an address is often printed among the source's links, away
  // from the words that name it, so the whole source counts.
  const sourceText = (c: Citation): string => {
    const source = content.sources.find((s) => s.data.id === c.source)?.data;
    const text = source ? content.texts.get(source.text.file) : undefined;
    if (!source || !text) return '';
    return text.split('\n').slice(source.text.lines[0] - 1, source.text.lines[1]).join('\n');
  };
  let pages: Set<string> | undefined;
  for (const collection of collectionNames) {
    for (const entry of content[collection] as readonly Entry<unknown>[]) {
      for (const { link, path } of linksIn(entry.data)) {
        let url: URL;
        try {
          url = new URL(link.url);
        } catch {
          continue; // The schema has said why.
        }
        if ((url.protocol === 'http:' || url.protocol === 'mailto:') && !link.sources.some((c) => sourceText(c).includes(link.url))) {
          yield problem(entry, [...path, 'url'], `is ${url.protocol.slice(0, -1)}:, which a link may use only where a cited source prints the address, and no cited source prints ${link.url}; use https:`);
        }
        if (url.hostname !== SEC_WEBSITE) continue;
        const wrong = redirectPathProblem(url.pathname);
        if (wrong) {
          yield problem(entry, [...path, 'url'], `is an address on the SEC website that this site would answer, but its path ${wrong}`);
          continue;
        }
        pages ??= pageAddresses(context);
        const directory = `${decodeURIComponent(url.pathname).replace(/\/+$/, '')}/`;
        if (pages.has(directory) || pages.has(directory.toLowerCase())) {
          yield problem(entry, [...path, 'url'], `is an address on the SEC website whose path, ${directory}, is a page of this site; it cannot also redirect`);
        }
      }
    }
  }
}
