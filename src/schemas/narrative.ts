/**
 * A modification's narrative: the body of its `.mdx` file. The body is MDX restricted to what
 * the register needs in prose, because content is untrusted input and a body is never run as
 * code: Markdown (paragraphs, emphasis, lists, quotes, links, code), sections under the headings
 * below, and three components:
 *
 * - `<Cite source="sec-update-2016-11-09" section="4.2" locator="Table one" />`, a citation of a
 *   source section, shown where it stands;
 * - `<Mod n="24" />`, a link to another modification by number;
 * - `<Inferred basis="why">text</Inferred>`, words the register infers rather than reads.
 *
 * No imports, exports, `{expressions}`, raw HTML or images: each is a problem with its line. The
 * one exception is MDX's comment, an expression holding nothing but block comments: it is an
 * editor's note (the scaffolds write one under each heading to say what goes there), never shown
 * and never run, so it is dropped, and a section holding only comments is empty, which a page
 * shows as "not described". The body is parsed by satteri, the MDX engine of Astro's own MDX
 * integration, into a small tree of the nodes below, which the render layer turns into HTML.
 */
import { mdxToMdast } from 'satteri';
import type { Citation } from './common';

/** The sections a narrative may have, in the order a page shows them. */
export const narrativeSections = [
  { key: 'summary', title: 'Summary' },
  { key: 'issue', title: 'Issue' },
  { key: 'solution', title: 'Proposed solution' },
  { key: 'background', title: 'Background' },
] as const;
export type NarrativeSectionKey = (typeof narrativeSections)[number]['key'];

/** A node of a narrative: Markdown's own, or one of the register's components. */
export type NarrativeNode =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'code'; readonly value: string; readonly block: boolean }
  | { readonly type: 'break' }
  | { readonly type: 'paragraph' | 'emphasis' | 'strong' | 'blockquote' | 'listItem'; readonly children: readonly NarrativeNode[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly children: readonly NarrativeNode[] }
  | { readonly type: 'link'; readonly url: string; readonly children: readonly NarrativeNode[] }
  | { readonly type: 'cite'; readonly citation: Citation; readonly line: number }
  | { readonly type: 'mod'; readonly id: string; readonly line: number }
  | { readonly type: 'inferred'; readonly basis: string; readonly children: readonly NarrativeNode[] };

export interface NarrativeSection {
  readonly key: NarrativeSectionKey;
  readonly title: string;
  /** The line of the file its heading is on. */
  readonly line: number;
  readonly children: readonly NarrativeNode[];
}

/** A narrative: its sections, in the order the file gives them. */
export type Narrative = readonly NarrativeSection[];

/** A problem in a body, with the line of the file it is on. */
export interface NarrativeProblem {
  readonly line: number;
  readonly message: string;
}

type Mdast = { type: string; value?: string; name?: string | null; depth?: number; ordered?: boolean | null; url?: string; children?: Mdast[]; attributes?: { type: string; name?: string; value?: unknown }[]; position?: { start: { line: number } } };

/** What each component takes. */
const COMPONENTS: Record<string, { readonly required: readonly string[]; readonly optional: readonly string[]; readonly children: boolean }> = {
  Cite: { required: ['source', 'section'], optional: ['locator'], children: false },
  Mod: { required: ['n'], optional: [], children: false },
  Inferred: { required: ['basis'], optional: [], children: true },
};

/**
 * An expression that is only block comments: MDX's comment. Each comment ends at its first
 * closing star-slash, so no code can sit between two comments.
 */
export const COMMENT_ONLY = /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/;

/** Link addresses a narrative may use: the web, or mail. */
const LINK = /^(https:\/\/|mailto:)[^\s<>"]+$/;

/**
 * Parses a body. `firstLine` is the line of the file the body starts on, so that every problem
 * names the line an editor sees. Every problem is returned, not just the first.
 */
export function parseNarrative(body: string, firstLine = 1): { narrative: Narrative; problems: NarrativeProblem[] } {
  const problems: NarrativeProblem[] = [];
  const lineOf = (node: Mdast) => (node.position?.start.line ?? 1) + firstLine - 1;
  let root: Mdast;
  try {
    root = mdxToMdast(body, { features: { frontmatter: false, gfm: false } }) as unknown as Mdast;
  } catch (error) {
    // satteri's messages start "line:column: ".
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    const line = at ? Number(at[1]) + firstLine - 1 : firstLine;
    const detail = (at ? `column ${at[2]}: ${at[3]}` : message).replace(/ \(\d+:\d+\)/g, "");
    return { narrative: [], problems: [{ line, message: `is not valid MDX: ${detail}` }] };
  }

  const convert = (node: Mdast): NarrativeNode[] => {
    const children = () => (node.children ?? []).flatMap(convert);
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value ?? '' }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value ?? '', block: false }];
      case 'code':
        return [{ type: 'code', value: node.value ?? '', block: true }];
      case 'break':
        return [{ type: 'break' }];
      case 'paragraph':
      case 'emphasis':
      case 'strong':
      case 'blockquote':
      case 'listItem':
        return [{ type: node.type, children: children() }];
      case 'list':
        return [{ type: 'list', ordered: node.ordered === true, children: children() }];
      case 'link':
        if (!LINK.test(node.url ?? '')) {
          problems.push({ line: lineOf(node), message: `links to "${node.url}"; a link must be an https: or mailto: address` });
          return children();
        }
        return [{ type: 'link', url: node.url as string, children: children() }];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return component(node, children);
      case 'mdxjsEsm':
        problems.push({ line: lineOf(node), message: 'imports and exports are not allowed in content; the register provides Cite, Mod and Inferred' });
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (COMMENT_ONLY.test(node.value ?? '')) return [];
        problems.push({ line: lineOf(node), message: '{expressions} are not allowed in content: content is never run as code' });
        return [];
      case 'html':
        problems.push({ line: lineOf(node), message: 'raw HTML is not allowed in content; write Markdown' });
        return [];
      default:
        problems.push({ line: lineOf(node), message: `${node.type === 'image' ? 'images' : `"${node.type}"`} are not allowed in a modification's narrative` });
        return [];
    }
  };

  const component = (node: Mdast, children: () => NarrativeNode[]): NarrativeNode[] => {
    const name = node.name ?? '';
    const spec = COMPONENTS[name];
    const line = lineOf(node);
    if (!spec) {
      problems.push({ line, message: `<${name}> is not a component the register provides; use ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ')}` });
      return [];
    }
    const attributes: Record<string, string> = {};
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string' || !a.name) {
        problems.push({ line, message: `<${name}> takes only quoted text attributes${a.name ? `, not ${a.name}={…}` : ''}` });
        continue;
      }
      if (!spec.required.includes(a.name) && !spec.optional.includes(a.name)) {
        problems.push({ line, message: `<${name}> has no attribute "${a.name}"; it takes ${[...spec.required, ...spec.optional].join(', ')}` });
        continue;
      }
      attributes[a.name] = a.value;
    }
    const missing = spec.required.filter((r) => !(r in attributes) || attributes[r] === '');
    if (missing.length > 0) {
      problems.push({ line, message: `<${name}> needs ${missing.map((m) => `${m}="…"`).join(' and ')}` });
      return [];
    }
    const inner = children();
    if (!spec.children && inner.length > 0) problems.push({ line, message: `<${name}> takes no content; write it as <${name} … />` });
    if (name === 'Cite') {
      const citation: Citation = { source: attributes.source as string, section: attributes.section as string, ...(attributes.locator ? { locator: attributes.locator } : {}) };
      return [{ type: 'cite', citation, line }];
    }
    if (name === 'Mod') {
      const n = /^(?:SECMP)?0*(\d{1,4})$/i.exec(attributes.n as string);
      if (!n) {
        problems.push({ line, message: `<Mod n="${attributes.n}"> needs a modification number, e.g. n="23"` });
        return [];
      }
      return [{ type: 'mod', id: `SECMP${n[1]?.padStart(4, '0')}`, line }];
    }
    if (inner.length === 0) problems.push({ line, message: '<Inferred> needs the words it marks as inferred between its tags' });
    return [{ type: 'inferred', basis: attributes.basis as string, children: inner }];
  };

  const sections: NarrativeSection[] = [];
  const seen = new Set<string>();
  for (const node of root.children ?? []) {
    if (node.type === 'heading') {
      const title = (node.children ?? []).map((c) => c.value ?? '').join('').trim();
      const known = narrativeSections.find((s) => s.title.toLowerCase() === title.toLowerCase());
      if (node.depth !== 2 || !known) {
        const allowed = narrativeSections.map((s) => `"## ${s.title}"`).join(', ');
        problems.push({
          line: lineOf(node),
          message: node.depth === 1 ? 'a level-1 heading is not allowed: the title comes from the frontmatter' : `"${'#'.repeat(node.depth ?? 2)} ${title}" is not a section of a modification's narrative; use ${allowed}`,
        });
        continue;
      }
      if (seen.has(known.key)) problems.push({ line: lineOf(node), message: `"## ${known.title}" is given twice` });
      seen.add(known.key);
      sections.push({ key: known.key, title: known.title, line: lineOf(node), children: [] });
      continue;
    }
    const converted = convert(node);
    const current = sections[sections.length - 1];
    if (!current) {
      if (converted.length > 0) problems.push({ line: lineOf(node), message: `text before the first section; begin with a heading such as "## ${narrativeSections[1].title}"` });
      continue;
    }
    (current.children as NarrativeNode[]).push(...converted);
  }
  return { narrative: sections, problems };
}

/** Every node of a narrative, depth first, in document order. */
export function* narrativeNodes(narrative: Narrative): Generator<NarrativeNode> {
  const walk = function* (nodes: readonly NarrativeNode[]): Generator<NarrativeNode> {
    for (const node of nodes) {
      yield node;
      if ('children' in node) yield* walk(node.children);
    }
  };
  for (const section of narrative) yield* walk(section.children);
}

/**
 * A section of a narrative as plain text, as a reader sees it: no citations, spaces folded;
 * `null` where there is none, or where it is empty (only comments): not described.
 */
export function narrativeText(narrative: Narrative, key: NarrativeSectionKey): string | null {
  const section = narrative.find((s) => s.key === key);
  if (!section || section.children.length === 0) return null;
  const words = (nodes: readonly NarrativeNode[]): string =>
    nodes.map((n) => ('value' in n ? n.value : n.type === 'mod' ? n.id : 'children' in n ? `${words(n.children)}${n.type === 'paragraph' || n.type === 'listItem' ? '\n\n' : ''}` : '')).join('');
  return words(section.children).replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A narrative with only what other entries are checked against: its citations and its links
 * to modifications, each with its line. The linter keeps this between builds, so that an
 * unchanged file's references are checked again without parsing its body.
 */
export function narrativeReferences(narrative: Narrative): Narrative {
  return narrative.map((section) => ({
    ...section,
    children: [...narrativeNodes([section])].filter((n) => n.type === 'cite' || n.type === 'mod'),
  }));
}
