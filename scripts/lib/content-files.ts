/**
 * Writing content files the way an editor would: JSON records with their `$schema` key first and
 * short objects on one line, and MDX modifications with YAML frontmatter (citations on one line)
 * and a Markdown body. The scaffolds, the benchmark's generator and the one-off conversion from
 * YAML all write through here, so every tool writes content the same way.
 */
import { Document, isMap, isScalar, visit, type Node } from 'yaml';
import { schemaPointer } from '../../src/validate/lint';

/** The width lines are kept within, as the content files are. */
const WIDTH = 100;


/** A value on one line: `{ "source": "a", "section": "1" }`, `["a", "b"]`. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * JSON with two-space indentation, where an object or array that fits on its line (such as a
 * citation) is written on one line. Keys keep their order. `used` is how much of the line the
 * value's key already takes.
 */
export function formatJson(value: unknown, indent = 0, used = indent): string {
  const inline = inlineJson(value);
  if (value === null || typeof value !== 'object' || used + inline.length <= WIDTH - 1) return inline;
  const pad = ' '.repeat(indent + 2);
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => pad + formatJson(v, indent + 2)).join(',\n')}\n${' '.repeat(indent)}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${pad}${JSON.stringify(k)}: `;
    return key + formatJson(v, indent + 2, key.length);
  });
  return `{\n${lines.join(',\n')}\n${' '.repeat(indent)}}`;
}

/** A JSON record as it is written to disk: its `$schema` first, then its fields. */
export function formatRecord(folder: string, data: Record<string, unknown>): string {
  return `${formatJson({ $schema: schemaPointer(folder), ...data })}\n`;
}

/** Whether a YAML map is a citation (`source`, `section` and perhaps `locator`). */
function isCitationMap(node: unknown): boolean {
  if (!isMap(node)) return false;
  const keys = node.items.map((p) => (isScalar(p.key) ? p.key.value : null));
  return keys.includes('source') && keys.includes('section') && keys.every((k) => k === 'source' || k === 'section' || k === 'locator');
}

/** How frontmatter YAML is printed, by `formatFrontmatter` and by tools that edit it in place. */
export const frontmatterOptions = { lineWidth: WIDTH, minContentWidth: 40, singleQuote: true, flowCollectionPadding: true } as const;

/**
 * Styles YAML nodes the way editors write them: dates quoted, long prose folded under its key,
 * citations and short lists of words on one line. Applies to a whole document or to one node
 * about to be added to one.
 */
export function styleYaml(node: Document | Node): void {
  visit(node, {
    Scalar(_, scalar) {
      // A date written bare reads as a timestamp to some YAML tools: quote every one.
      if (typeof scalar.value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(scalar.value)) scalar.type = 'QUOTE_SINGLE';
      // Prose reads best folded under its key, as editors write it.
      else if (typeof scalar.value === 'string' && scalar.value.length > 72 && scalar.value.includes(' ') && !scalar.value.includes('\n')) scalar.type = 'BLOCK_FOLDED';
    },
    Map(_, map) {
      if (isCitationMap(map)) map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((i) => isScalar(i) && typeof i.value === 'string' && !i.value.includes(' ')) && seq.items.length <= 8) seq.flow = true;
    },
  });
}

/** YAML frontmatter for the given data: citations and short lists of words on one line. */
export function formatFrontmatter(data: Record<string, unknown>): string {
  // An object used twice (one citation for a title and an event) is written out twice: content has no aliases.
  const doc = new Document(data, { aliasDuplicateObjects: false });
  styleYaml(doc);
  return doc.toString(frontmatterOptions);
}

/** An MDX file: frontmatter between `---` lines, a blank line, and the body. */
export function formatMdx(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${formatFrontmatter(frontmatter)}---\n\n${body.trim()}\n`;
}

/** A component in a body: `<Cite source="…" section="…" />`, attributes escaped for MDX. */
export function component(name: string, attributes: Record<string, string | undefined>): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${(v as string).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  return `<${name} ${attrs.join(' ')} />`;
}
