/**
 * Reading JSON records. `JSON.parse` reads a sound file fastest; a file with a problem is read a
 * second time with positions (jsonc-parser), for the line and column of a syntax error, the line
 * of any field, and keys written twice, which `JSON.parse` would silently let the last one win.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import type { FieldPath } from '../schemas/citations';
import type { Parsed } from './yaml';

/** The line and column (from 1) of an offset into a text. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Parses a JSON record: its data, or the first syntax problem with its line and column. */
export function parseJson(text: string): Parsed {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (!first) return { ok: false, message: 'is not valid JSON' };
    const { line, column } = position(text, first.offset);
    return { ok: false, message: `is not valid JSON: ${printParseErrorCode(first.error)} at column ${column}`, line };
  }
}

/** Every key written twice in the same object, with its path and line. */
export function duplicateKeys(text: string): { path: FieldPath; line: number }[] {
  const found: { path: FieldPath; line: number }[] = [];
  const stack: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void stack.push(new Set()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
      const keys = stack[stack.length - 1];
      if (!keys) return;
      if (keys.has(property)) found.push({ path: [...pathSupplier(), property], line: position(text, offset).line });
      keys.add(property);
    },
  });
  return found;
}

/** A function that finds the line of a field in a JSON text: the deepest node along its path that exists. */
export function jsonLines(text: string): (path: FieldPath) => number | undefined {
  const tree = parseTree(text);
  return (path) => {
    if (!tree) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, [...path.slice(0, depth)]);
      if (node) {
        // A property's line is its key's line.
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return position(text, at).line;
      }
    }
    return undefined;
  };
}
