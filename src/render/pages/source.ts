/** What a source's page and the sources index show: its sections with their text, and who cites each. */
import { allDiscrepancies, citersOf } from '../../register/entities';
import type { Register, Source } from '../../register/types';
import { entityAddress, sectionAnchor, urls } from '../urls';
import { entityTitle } from '../words';

/**
 * Characters of the paper's symbol font, which its text keeps as private-use code points that
 * draw as a missing glyph, written as the characters they print as.
 */
const SYMBOL_FONT: Readonly<Record<string, string>> = { '\uF0B7': '•', '\uF0A7': '▪', '\uF0D8': '➢', '\uF0FC': '✓' };

/** A paper's text as it prints: symbol-font bullets as bullets. */
export function printedText(text: string): string {
  return text.replace(/[\uF000-\uF0FF]/g, (c) => SYMBOL_FONT[c] ?? '•');
}

/** A section's own lines: its range without the ranges of its subsections, shown separately. */
function ownText(source: Source, lines: readonly string[], id: string, [first, last]: readonly [number, number]): string {
  const children = source.sections.filter((c) => c.id.startsWith(`${id}.`));
  const own: string[] = [];
  for (let n = first; n <= last; n++) {
    if (!children.some((c) => n >= c.lines[0] && n <= c.lines[1])) own.push(lines[n - 1] ?? '');
  }
  return printedText(own.join('\n').replace(/\n{3,}/g, '\n\n').trim());
}

export function sourcePage(register: Register, id: string) {
  const s = register.source(id);
  const lines = (register.texts.get(s.text.file) ?? '').split('\n');
  const citers = citersOf(register, s.id);
  const attachedTo = s.attachedTo ? register.source(s.attachedTo) : null;
  const depth = (section: string) => section.split('.').length;
  return {
    source: s,
    path: urls.source(s.id),
    citerCount: citers.length,
    attachedTo: attachedTo ? { href: urls.source(attachedTo.id), title: attachedTo.title } : null,
    attachments: register.sources.filter((other) => other.attachedTo === s.id).map((a) => ({ href: urls.source(a.id), title: a.title })),
    sections: s.sections.map((x) => ({
      id: x.id,
      title: x.title,
      anchor: sectionAnchor(x.id),
      depth: depth(x.id),
      lines: x.lines,
      text: ownText(s, lines, x.id, x.lines),
      hasSubsections: s.sections.some((c) => c.id.startsWith(`${x.id}.`)),
      citedBy: citers.filter((c) => c.sections.includes(x.id)).map((c) => ({ href: entityAddress(c.entity), title: entityTitle(c.entity) })),
    })),
  };
}

export function sourcesIndex(register: Register) {
  return {
    sources: register.sources.map((s) => ({ source: s, href: urls.source(s.id), citers: citersOf(register, s.id).length })),
    discrepancies: allDiscrepancies(register).map((d, i) => ({
      anchor: `d-${i + 1}`,
      href: entityAddress(d.entity),
      title: entityTitle(d.entity),
      discrepancy: d.discrepancy,
    })),
  };
}
