/**
 * A modification's narrative as HTML. The nodes are the few the narrative allows (see
 * `src/schemas/narrative.ts`); every text is escaped, every link was checked when the content
 * was read, and citations that stand together are written as one list of sources.
 */
import { memoize } from '../domain/memo';
import { narrativeSections, type NarrativeNode, type NarrativeSectionKey } from '../schemas/narrative';
import type { CitedSource, Modification } from '../register/types';
import type { Labelled } from '../register/types';
import { escapeHtml } from './escape';
import { citeHtml, linkHtml } from './html';
import { urls } from './urls';

type Node = Labelled<NarrativeNode>;

const TAGS = { paragraph: 'p', emphasis: 'em', strong: 'strong', blockquote: 'blockquote', listItem: 'li' } as const;

/** Nodes as HTML; a run of citations with only spaces between them becomes one "Sources: …". */
function nodesHtml(nodes: readonly Node[]): string {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.type === 'cite') {
      const run: CitedSource[] = [node.citation as CitedSource];
      let j = i + 1;
      while (j < nodes.length) {
        const next = nodes[j] as Node;
        const after = nodes[j + 1];
        if (next.type === 'cite') run.push(next.citation as CitedSource);
        else if (next.type === 'text' && next.value.trim() === '' && after?.type === 'cite') {
          // A space between two citations belongs to neither.
        } else break;
        j += 1;
      }
      out.push(citeHtml(run));
      i = j - 1;
      continue;
    }
    out.push(nodeHtml(node));
  }
  return out.join('');
}

function nodeHtml(node: Node): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'code':
      return node.block ? `<pre><code>${escapeHtml(node.value)}</code></pre>` : `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return '<br>';
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      return `<${tag}>${nodesHtml(node.children)}</${tag}>`;
    }
    case 'link':
      return `<a href="${escapeHtml(node.url)}">${nodesHtml(node.children)}</a>`;
    case 'cite':
      return citeHtml([node.citation as CitedSource]);
    case 'mod':
      return linkHtml(urls.modification(node.id), node.id);
    case 'inferred':
      return `<span class="inferred"><span class="tag tag-inferred">Inferred</span> ${nodesHtml(node.children)} <span class="small muted">(${escapeHtml(node.basis)})</span></span>`;
    default:
      return `<${TAGS[node.type]}>${nodesHtml(node.children)}</${TAGS[node.type]}>`;
  }
}

/** One section of a modification's narrative as HTML, or `null` where the file has none. */
export function narrativeSectionHtml(m: Modification, key: NarrativeSectionKey): string | null {
  const section = m.narrative.find((s) => s.key === key);
  if (!section || section.children.length === 0) return null;
  return nodesHtml(section.children);
}

/** Every section of a modification's narrative as HTML (`null` where not described), rendered once for its page and its JSON file. */
export const narrativeHtml = memoize(
  (m: Modification) => Object.fromEntries(narrativeSections.map((s) => [s.key, narrativeSectionHtml(m, s.key)])) as Record<NarrativeSectionKey, string | null>,
);
