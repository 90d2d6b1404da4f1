/**
 * Sources: there is at least one (it sets the as-of date), each one's text file exists, its
 * sections lie within its lines and are listed once, and the paper it is attached to exists.
 */
import type { Problem } from '../problems';
import { missing, problem, type IntegrityContext } from './context';

export function* checkSources(context: IntegrityContext): Generator<Problem> {
  const { content, root } = context;
  if (context.asOf === null) yield { file: `${root}/sources`, field: [], message: 'there are no sources, so the register has no as-of date' };
  for (const entry of content.sources) {
    const s = entry.data;
    if (s.attachedTo !== undefined) {
      yield* missing(context, entry, ['attachedTo'], 'sources', s.attachedTo);
      if (s.attachedTo === s.id) yield problem(entry, ['attachedTo'], 'a source cannot be attached to itself');
    }
    const text = content.texts.get(s.text.file);
    if (text === undefined) {
      yield problem(entry, ['text', 'file'], `${root}/sources/text/${s.text.file} does not exist`);
      continue;
    }
    const lineCount = text.split('\n').length;
    const [first, last] = s.text.lines;
    if (last > lineCount) yield problem(entry, ['text', 'lines'], `ends at line ${last}, but ${s.text.file} has ${lineCount} lines`);
    const seen = new Set<string>();
    for (const [i, section] of s.sections.entries()) {
      if (seen.has(section.id)) yield problem(entry, ['sections', i, 'id'], `section "${section.id}" is listed twice`);
      seen.add(section.id);
      if (section.lines[0] < first || section.lines[1] > last) {
        yield problem(entry, ['sections', i, 'lines'], `lines ${section.lines.join('-')} lie outside the source's lines ${first}-${last}`);
      }
    }
  }
}
