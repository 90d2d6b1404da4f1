/**
 * A page's words as a reader meets them: the text of the built HTML with the markup taken away,
 * each block (paragraph, list item, table cell, heading, chart label) on a line of its own, so
 * that words in neighbouring blocks never run together as they do in `textContent`. What a
 * reader never sees is left out: scripts, styles, `hidden` elements and a chart's title and
 * description (which assistive technology reads, and the copy checks cover as text too). Code
 * (addresses, file names) is kept apart, because its spelling is not prose.
 */
import type { HTMLElement, Node } from 'node-html-parser';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend', 'li', 'main', 'nav', 'ol',
  'option', 'p', 'pre', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'text', 'tfoot', 'th', 'thead', 'tr', 'tspan',
  'ul', 'title', 'desc',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp']);

/** One block of a page's text, and whether it is code rather than prose. */
export interface TextBlock {
  readonly text: string;
  readonly literal: boolean;
}

/** The blocks of text a reader meets in an element, in document order. */
export function readingBlocks(root: HTMLElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, literal: false });
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      // A text node's `text` is its words with character references decoded.
      current += (node as unknown as { text: string }).text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag) || el.hasAttribute('hidden')) return;
    if (LITERAL.has(tag)) {
      // Code stands in the sentence as one word; its own text is checked apart from prose.
      current += 'CODE';
      const text = el.textContent.replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ text, literal: true });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of el.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}
