/**
 * A modification's narrative: the register's three components (a citation of a source section,
 * a link to another modification by number, a note marked as inferred) as a reader gets them;
 * and MDX comments: an expression holding only block comments is an editor's note, dropped
 * without a problem; any other expression is still refused; and a section holding only comments
 * is empty, so it reads as not described.
 */
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../src/register/build';
import { narrativeSectionHtml } from '../../src/render/narrative';
import { narrativeText, parseNarrative } from '../../src/schemas/narrative';
import { lintContent } from '../../src/validate/lint';
import { contentFiles, lintMessages, replaceIn } from '../support/content';

describe("the narrative's components", () => {
  const files = replaceIn(
    contentFiles(),
    'content/modifications/SECMP0023.mdx',
    '## Proposed solution\n\n',
    '## Proposed solution\n\nIt sits beside <Mod n="24" />. <Inferred basis="Both are listed in Table one.">Both change how GBCS values are held.</Inferred> <Cite source="sec-update-2016-11-09" section="4.2" locator="Table one" />\n\n',
  );
  const { content, problems } = lintContent(files);
  const modification = buildRegister(content).modifications.find((m) => m.id === 'SECMP0023');
  const html = modification ? narrativeSectionHtml(modification, 'solution') : null;

  it('are accepted in a real modification', () => expect(problems.map((p) => p.message)).toEqual([]));

  it('link another modification by its number to its page', () => {
    expect(html).toContain('It sits beside <a href="/modifications/secmp0024/">SECMP0024</a>.');
  });

  it('mark an inferred note as inferred, with its basis', () => {
    expect(html).toContain('<span class="inferred"><span class="tag tag-inferred">Inferred</span> Both change how GBCS values are held. <span class="small muted">(Both are listed in Table one.)</span></span>');
  });

  it('cite a source section, linked to it', () => {
    expect(html).toMatch(/<span class="cite" data-pagefind-ignore>Source: <a href="\/sources\/sec-update-2016-11-09\/#section-4-2">[^<]*4\.2[^<]*<\/a><\/span>/);
  });
});

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
