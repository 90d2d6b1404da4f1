/**
 * The words on every page of the built site, as a reader meets them (see `support/reading.ts`),
 * read for the faults that give away a page's plumbing: a space before a full stop, comma or
 * colon (a value that came out empty), a camelCase word (a field's name instead of words), a
 * character that draws as a missing glyph (a PDF's private-use symbol, a replacement
 * character), a word said twice, and words about how the register is built rather than what it
 * says (text extraction, fields, schemas, empty values).
 */
import { describe, expect, it } from 'vitest';
import { readingBlocks, type TextBlock } from '../support/reading';
import { contentPages, page } from '../support/site';

const pages = contentPages.filter((p) => p.endsWith('/') || p.endsWith('.html'));
const blocksOf = new Map(pages.map((p) => [p, readingBlocks(page(p).querySelector('body')!)]));
const prose = (p: string): TextBlock[] => (blocksOf.get(p) ?? []).filter((b) => !b.literal);

/** Every match of a pattern in a page's prose, with a little context, for the failure message. */
function found(p: string, pattern: RegExp, blocks = prose(p)): string[] {
  return blocks.flatMap((b) => [...b.text.matchAll(pattern)].map((m) => `«${b.text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[0].length + 30)}»`));
}

/** Characters that draw as a box: private use (a PDF's symbol font), replacement and object characters, a white square. */
const MISSING_GLYPH = /[\uE000-\uF8FF\uFFFC\uFFFD\u25A1]|[\u{F0000}-\u{10FFFF}]/u;

describe('the copy of every page', () => {
  it('there are pages to read', () => expect(pages.length).toBeGreaterThan(50));

  it.each(pages)('%s has no space before a full stop, comma or colon', (p) => {
    expect(found(p, /(?:^|\s)[.,:](?=\s|$)/g)).toEqual([]);
  });

  // iCalendar (RFC 5545) is a name whose own spelling is camelCase.
  it.each(pages)('%s has no camelCase word', (p) => {
    expect(found(p, /\b(?!iCalendar\b)[a-z]+[A-Z][A-Za-z]*\b/g)).toEqual([]);
  });

  it.each(pages)('%s has no character that draws as a missing glyph, in prose or code', (p) => {
    expect(found(p, new RegExp(MISSING_GLYPH, 'gu'), blocksOf.get(p))).toEqual([]);
  });

  it.each(pages)('%s says no word twice in a row', (p) => {
    expect(found(p, /\b([A-Za-z]+)\s+\1\b/gi)).toEqual([]);
  });

  /**
   * The JSON API's documentation (/api/) and the page of data files (/data/) are written for
   * programmers, whose subject is the files' JSON Schemas and their null values: there, only
   * "schema" and "null" are allowed.
   */
  const forProgrammers = new Set(['/api/', '/data/']);

  it.each(pages)('%s does not talk about how the register is built', (p) => {
    const plumbing = forProgrammers.has(p)
      ? /\b(?:extraction|extracted|frontmatter|field name|undefined|NaN)\b|\[object /gi
      : /\b(?:extraction|extracted|frontmatter|schema|field name|null|undefined|NaN)\b|\[object /gi;
    expect(found(p, plumbing)).toEqual([]);
  });
});

describe('the copy test itself', () => {
  it('finds each fault it looks for', () => {
    const read = (html: string) => readingBlocks(parseBody(html)).filter((b) => !b.literal).map((b) => b.text).join('\n');
    expect(read('<p>Designated <strong></strong>. SEC Sections</p>')).toMatch(/(?:^|\s)[.,:](?=\s|$)/);
    expect(read('<dt>About shortTitle</dt>')).toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(read('<p>\uF0B7 The process</p>')).toMatch(MISSING_GLYPH);
    expect(read('<p>the the register</p>')).toMatch(/\b([A-Za-z]+)\s+\1\b/i);
    // Neighbouring blocks never run together, and neither do cells of a table.
    expect(read('<ul><li>versions</li><li>Working</li></ul><table><tr><td>0</td><td>0</td></tr></table>')).toBe('versions\nWorking\n0\n0');
  });
});

import { parse } from 'node-html-parser';
function parseBody(html: string) {
  return parse(`<body>${html}</body>`).querySelector('body')!;
}
