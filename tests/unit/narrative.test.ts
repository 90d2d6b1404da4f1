/**
 * MDX comments in a modification's narrative: an expression holding only block comments is an
 * editor's note, dropped without a problem; any other expression is still refused; and a
 * section holding only comments is empty, so it reads as not described.
 */
import { describe, expect, it } from 'vitest';
import { narrativeText, parseNarrative } from '../../src/schemas/narrative';
import { contentFiles, lintMessages, replaceIn } from '../support/content';

const REFUSED = '{expressions} are not allowed in content: content is never run as code';

describe('MDX comments', () => {
  it('are accepted on a line of their own and inline, and leave nothing in the narrative', () => {
    const { narrative, problems } = parseNarrative('## Issue\n\n{/* What the issue is. */}\n\n## Proposed solution\n\nA change {/* inline note */} here.\n\n{/*\n  A note\n  over lines.\n*/}\n\n{/* one */ /* two */}\n');
    expect(problems).toEqual([]);
    expect(narrative.map((s) => [s.key, s.children.length])).toEqual([
      ['issue', 0],
      ['solution', 1],
    ]);
    expect(narrativeText(narrative, 'solution')).toBe('A change here.');
  });

  it('make an empty section, which is not described', () => {
    const { narrative } = parseNarrative('## Issue\n\n{/* Nothing yet. */}\n');
    expect(narrativeText(narrative, 'issue')).toBeNull();
    expect(narrativeText(narrative, 'solution')).toBeNull();
  });

  it.each([
    ['an expression', '{1 + 1}'],
    ['code between two comments', '{/* a */ alert(1) /* b */}'],
    ['code after a comment', '{/* a */ alert(1)}'],
    ['a line comment', '{// a note\n}'],
    ['an empty expression', '{}'],
  ])('do not let %s through', (_name, expression) => {
    const { problems } = parseNarrative(`## Issue\n\n${expression}\n`);
    expect(problems).toEqual([{ line: 3, message: REFUSED }]);
  });

  it('pass the linter in a real modification', () => {
    const files = replaceIn(contentFiles(), 'content/modifications/SECMP0023.mdx', '## Issue\n\n', '## Issue\n\n{/* Checked against Table one. */}\n\n');
    expect(lintMessages(files)).toEqual([]);
    replaceIn(files, 'content/modifications/SECMP0023.mdx', '{/* Checked against Table one. */}', '{/* note */ 1}');
    expect(lintMessages(files)).toEqual([`content/modifications/SECMP0023.mdx:44: (body): ${REFUSED}`]);
  });
});
