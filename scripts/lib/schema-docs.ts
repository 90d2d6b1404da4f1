/**
 * The comments of the collection schemas, read from their TypeScript source with the compiler
 * API: the JSDoc of every property of every object literal passed to `z.object(...)` in
 * `src/schemas/` (with the spreads of local helpers such as `...base(reference)` followed), each
 * file's leading module comment, and the file each collection's schema is defined in. The JSON
 * Schema generator (`scripts/json-schemas.ts`) turns them into `title`s and `description`s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One property of an object literal given to `z.object(...)`. */
export interface LiteralProperty {
  /** Its JSDoc text, normalised by `normaliseComment`; `undefined` where it has none. */
  readonly doc: string | undefined;
  /** The value when the property is written `z.literal('…')`: it tells apart objects with the same keys. */
  readonly literal: string | undefined;
  /** Where the property is written, `file:line`. */
  readonly at: string;
}

/** An object literal given to `z.object(...)`, with its spreads resolved. */
export interface ObjectLiteralDocs {
  /** The file, from the project root, e.g. `src/schemas/common.ts`. */
  readonly file: string;
  /** Where the `z.object(...)` call is, `file:line`. */
  readonly at: string;
  /** Its properties, in source order (a later spread or property wins, as in JavaScript). */
  readonly properties: ReadonlyMap<string, LiteralProperty>;
}

/** What the schema sources say, for the generator. */
export interface SchemaDocs {
  /** Every `z.object({...})` literal in the schema folder. */
  readonly objects: readonly ObjectLiteralDocs[];
  /** Each file's leading JSDoc comment, normalised, by file (from the project root). */
  readonly moduleComments: ReadonlyMap<string, string>;
  /** The file that defines each collection's schema, read from the imports of `index.ts`. */
  readonly collectionFiles: ReadonlyMap<string, string>;
}

/**
 * A comment's text as one line per paragraph: lines of a paragraph are joined with a space,
 * paragraphs (separated by blank lines) with a blank line.
 */
export function normaliseComment(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n\n');
}

/** Reads every `.ts` file of `dir` (the schema folder); file names are given from `root`. */
export function readSchemaDocs(dir: string, root: string): SchemaDocs {
  const objects: ObjectLiteralDocs[] = [];
  const moduleComments = new Map<string, string>();
  let collectionFiles = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    const source = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const comment = moduleComment(source);
    if (comment !== undefined) moduleComments.set(file, comment);
    collectObjects(source, objects);
    if (name === 'index.ts') collectionFiles = schemaFiles(source, file);
  }
  return { objects, moduleComments, collectionFiles };
}

function where(node: ts.Node): string {
  const source = node.getSourceFile();
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
}

/** The file's first comment, if it is a JSDoc comment (`/** … *\/`) before any code. */
function moduleComment(source: ts.SourceFile): string | undefined {
  const first = ts.getLeadingCommentRanges(source.text, 0)?.[0];
  const text = first === undefined ? '' : source.text.slice(first.pos, first.end);
  if (!text.startsWith('/**')) return undefined;
  const body = text.slice(3, -2).split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
  return normaliseComment(body.join('\n'));
}

/**
 * The JSDoc directly above a node, normalised. As in the editor's hover, a comment on the same
 * line as the `{` before it (`z.object({ /** … *\/ a: … })`) is not the property's.
 */
function jsDoc(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = ts.getTextOfJSDocComment(docs.at(-1)?.comment);
  return text === undefined || text.trim() === '' ? undefined : normaliseComment(text);
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
  return current;
}

/** Whether a node is a call `z.<method>(…)`. */
function isZCall(node: ts.Node, method: string): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const callee = node.expression;
  return callee.name.text === method && ts.isIdentifier(callee.expression) && callee.expression.text === 'z';
}

/** Finds every `z.object(…)` call in the file, at any depth. */
function collectObjects(source: ts.SourceFile, into: ObjectLiteralDocs[]): void {
  const visit = (node: ts.Node): void => {
    if (isZCall(node, 'object')) {
      const argument = node.arguments[0];
      const literal = argument === undefined ? undefined : resolveLiteral(argument, source);
      if (literal === undefined) throw new Error(`${where(node)}: z.object(...) is not given an object literal (or a local constant holding one)`);
      into.push({ file: source.fileName, at: where(node), properties: literalProperties(literal, source, new Set()) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** An object literal, or a local constant or helper function call that yields one. */
function resolveLiteral(expression: ts.Expression, source: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  const node = unwrap(expression);
  if (ts.isObjectLiteralExpression(node)) return node;
  const name = ts.isIdentifier(node) ? node.text : ts.isCallExpression(node) && ts.isIdentifier(node.expression) ? node.expression.text : undefined;
  if (name === undefined) return undefined;
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name && ts.isCallExpression(node)) return returned(statement.body);
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name || declaration.initializer === undefined) continue;
      const init = unwrap(declaration.initializer);
      if (ts.isIdentifier(node)) return ts.isObjectLiteralExpression(init) ? init : undefined;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return returned(init.body);
    }
  }
  return undefined;
}

/** The object literal a function body returns, when that is all it returns. */
function returned(body: ts.ConciseBody | undefined): ts.ObjectLiteralExpression | undefined {
  if (body === undefined) return undefined;
  if (!ts.isBlock(body)) {
    const value = unwrap(body);
    return ts.isObjectLiteralExpression(value) ? value : undefined;
  }
  const returns: ts.ReturnStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) returns.push(node);
    else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  const value = returns.length === 1 && returns[0]?.expression !== undefined ? unwrap(returns[0].expression) : undefined;
  return value !== undefined && ts.isObjectLiteralExpression(value) ? value : undefined;
}

function propertyName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  throw new Error(`${where(name)}: computed property names cannot be matched to the schema`);
}

/** The value of `z.literal('…')`, when a property is written so. */
function literalValue(initializer: ts.Expression): string | undefined {
  const node = unwrap(initializer);
  if (!isZCall(node, 'literal')) return undefined;
  const argument = node.arguments[0];
  return argument !== undefined && (ts.isStringLiteral(argument) || ts.isNumericLiteral(argument)) ? argument.text : undefined;
}

/** The properties of an object literal, following spreads of local helpers and constants. */
function literalProperties(literal: ts.ObjectLiteralExpression, source: ts.SourceFile, following: Set<ts.Node>): Map<string, LiteralProperty> {
  const properties = new Map<string, LiteralProperty>();
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property)) {
      const spread = resolveLiteral(property.expression, source);
      if (spread === undefined || following.has(spread)) {
        throw new Error(`${where(property)}: cannot follow "...${property.expression.getText(source)}": only local constants and helper functions that return an object literal are followed`);
      }
      const inner = literalProperties(spread, source, new Set([...following, spread]));
      for (const [key, value] of inner) {
        properties.delete(key);
        properties.set(key, value);
      }
    } else if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
      const key = propertyName(property.name);
      const literalText = ts.isPropertyAssignment(property) ? literalValue(property.initializer) : undefined;
      properties.delete(key);
      properties.set(key, { doc: jsDoc(property), literal: literalText, at: where(property) });
    } else {
      throw new Error(`${where(property)}: only properties and spreads are understood in a z.object literal`);
    }
  }
  return properties;
}

/** Each collection's schema file: `schemas = { name: importedFunction, … }` in `index.ts`. */
function schemaFiles(source: ts.SourceFile, file: string): Map<string, string> {
  const imports = new Map<string, string>();
  let schemas: ts.ObjectLiteralExpression | undefined;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings !== undefined && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imports.set(element.name.text, statement.moduleSpecifier.text);
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === 'schemas' && declaration.initializer !== undefined) {
          const init = unwrap(declaration.initializer);
          if (ts.isObjectLiteralExpression(init)) schemas = init;
        }
      }
    }
  }
  if (schemas === undefined) throw new Error(`${file}: no \`schemas\` object literal found`);
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  const files = new Map<string, string>();
  for (const property of schemas.properties) {
    const value = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
    const specifier = value !== undefined && ts.isIdentifier(value) ? imports.get(value.text) : undefined;
    if (property.name === undefined || specifier === undefined || !specifier.startsWith('./')) {
      throw new Error(`${where(property)}: each entry of \`schemas\` must be a function imported from a file of ${folder}`);
    }
    files.set(propertyName(property.name), `${folder}${specifier.slice(2)}.ts`);
  }
  return files;
}
