/** The register built from the real content, for tests that check it against its sources. */
import { resolve } from 'node:path';
import { lintContentFolder } from '../../src/validate/files';
import { buildRegister } from '../../src/register/build';
import type { Register } from '../../src/register/types';

let cached: Register | undefined;

export function realRegister(): Register {
  cached ??= buildRegister(lintContentFolder(resolve(import.meta.dirname, '../../content')).content);
  return cached;
}

/** The text of a source's section, as the source file records its lines. */
export function sectionText(register: Register, source: string, section: string): string {
  const s = register.source(source);
  const lines = (register.texts.get(s.text.file) as string).split('\n');
  const found = s.sections.find((x) => x.id === section);
  if (!found) throw new Error(`no section ${section} in ${source}`);
  return lines.slice(found.lines[0] - 1, found.lines[1]).join('\n');
}

/** The whole text of a source. */
export function sourceText(register: Register, source: string): string {
  const s = register.source(source);
  return (register.texts.get(s.text.file) as string).split('\n').slice(s.text.lines[0] - 1, s.text.lines[1]).join('\n');
}
