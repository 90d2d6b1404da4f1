/**
 * Generated SEC sections and appendices, added to the real documents.
 *
 * The real register names only a handful of documents, so at scale every modification would
 * impact and mention the same few. A section and an appendix for most letters of the alphabet
 * make impacts and mentions vary, and give the document pages more to list.
 */
import type { DocumentSummary } from './basis';
import type { Citations } from './citations';
import type { DocumentInput } from './context';

const EXTRA_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTUVWX'.split('');
const EXTRA_APPENDICES = 'ABCDEFGHIJKLMNOPQRSTUVWY'.split('');

/** The sections and appendices the real documents do not already hold, as entries and as summaries. */
export function extraDocuments(known: readonly DocumentSummary[], citations: Citations): { entries: DocumentInput[]; summaries: DocumentSummary[] } {
  const ids = new Set(known.map((d) => d.id));
  const entries: DocumentInput[] = [];
  const summaries: DocumentSummary[] = [];
  const add = (type: 'sec-section' | 'sec-appendix', letter: string) => {
    const word = type === 'sec-section' ? 'Section' : 'Appendix';
    const id = `${word.toLowerCase()}-${letter.toLowerCase()}`;
    if (ids.has(id)) return;
    const name = `SEC ${word} ${letter}`;
    entries.push({ id, type, reference: letter, name, fullName: null, sources: citations.cite('document') });
    summaries.push({ id, type, name });
  };
  for (const letter of EXTRA_SECTIONS) add('sec-section', letter);
  for (const letter of EXTRA_APPENDICES) add('sec-appendix', letter);
  return { entries, summaries };
}
