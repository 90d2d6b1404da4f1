/**
 * Small, invented registers for unit tests: a paper with two sections, a working group, a
 * release, a meeting and a few modifications, each built from the fields a test cares about and
 * completed by the real schemas (so defaults fill in as they would for content). Unit tests use
 * these; only the tests in `tests/content/` read the real November 2016 content.
 */
import { plainReference, schemas, type CollectionName } from '../../src/schemas';
import type { DataOf, Entry, RawContent } from '../../src/schemas/content';
import { collectionFolders, collectionFormats } from '../../src/schemas';

/** The fixture paper's citation of its section 1. */
export const cite = [{ source: 'paper', section: '1' }];

function entry<C extends CollectionName>(collection: C, input: Record<string, unknown>): Entry<DataOf<C>> {
  const data = schemas[collection](plainReference).parse(input) as DataOf<C>;
  const id = String(input.id);
  return { id, file: `content/${collectionFolders[collection]}/${id}.${collectionFormats[collection]}`, data };
}

/** The fixture paper, dated 9 November 2016 unless said otherwise. */
export function paper(fields: Record<string, unknown> = {}): Entry<DataOf<'sources'>> {
  return entry('sources', {
    id: 'paper',
    title: 'A paper',
    shortTitle: 'Paper',
    kind: 'paper',
    author: 'SECAS',
    signedBy: null,
    audience: null,
    date: '2016-11-09',
    description: 'A paper for tests.',
    text: { file: 'paper.txt', lines: [1, 4] },
    sections: [
      { id: '1', title: 'One', lines: [1, 2] },
      { id: '2', title: 'Two', lines: [3, 4] },
    ],
    ...fields,
  });
}

/** A modification with one event, raised in October 2016, unless said otherwise. */
export function modification(id: string, fields: Record<string, unknown> = {}): Entry<DataOf<'modifications'>> {
  return entry('modifications', {
    id,
    title: `Modification ${id}`,
    shortTitle: `Short ${id}`,
    titleSources: cite,
    proposer: null,
    workingGroup: null,
    governance: null,
    targetRelease: null,
    events: [{ date: '2016-10-03', kind: 'raised', detail: 'Raised.', sources: cite }],
    ...fields,
  });
}

/** An event of a history, with a detail and the fixture citation. */
export function event(date: string, kind: string, fields: Record<string, unknown> = {}) {
  return { date, kind, detail: `${kind} on ${date}`, sources: cite, ...fields };
}

export function workingGroup(id = 'wg1', fields: Record<string, unknown> = {}): Entry<DataOf<'workingGroups'>> {
  return entry('workingGroups', { id, name: `Working Group ${id.slice(2)}`, abbreviation: id.toUpperCase(), remit: 'Things', sources: cite, ...fields });
}

export function release(id = '2018-02', fields: Record<string, unknown> = {}): Entry<DataOf<'releases'>> {
  return entry('releases', { id, name: 'February 2018 SEC Release', date: `${id}-22`, sources: cite, ...fields });
}

export function meeting(id: string, fields: Record<string, unknown> = {}): Entry<DataOf<'meetings'>> {
  return entry('meetings', { id, type: 'sec-panel', date: '2016-10-20', sources: cite, ...fields });
}

export function document(id: string, fields: Record<string, unknown> = {}): Entry<DataOf<'documents'>> {
  return entry('documents', { id, type: 'technical-document', abbreviation: id.toUpperCase(), name: id.toUpperCase(), fullName: null, sources: cite, ...fields });
}

export function version(id: string, fields: Record<string, unknown> = {}): Entry<DataOf<'versions'>> {
  return entry('versions', {
    id,
    title: `SEC ${id}`,
    effective: '2016-10-20',
    designatedBy: null,
    instrument: 'Direction letter',
    summary: 'A designation.',
    changes: [{ kind: 'designated', detail: 'Designated.', sources: cite }],
    sources: cite,
    ...fields,
  });
}

/** A whole register's content: the fixture paper and its text, plus whatever a test adds. */
export function content(parts: Partial<Omit<RawContent, 'texts'>> = {}): RawContent {
  return {
    modifications: [],
    releases: [],
    versions: [],
    workingGroups: [],
    documents: [],
    meetings: [],
    sources: [paper()],
    ...parts,
    texts: new Map([['paper.txt', '1 One\ntext\n2 Two\ntext']]),
  };
}
