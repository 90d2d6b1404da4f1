/**
 * A generated modification's narrative: the passages its MDX body is written from.
 *
 * The body is what a modification page mostly shows and what search mostly indexes, and MDX
 * costs the build per byte and per component, so the synthetic bodies are shaped like the real
 * ones: an issue and a proposed solution of one to three paragraphs each, a summary in about
 * half, a background in about a third, sometimes a bulleted list, and two to five citations
 * standing after sentences inside the paragraphs, as an editor places them. About one in five
 * links a nearby modification with `<Mod />`, one in ten marks a sentence `<Inferred>`, and a
 * few carry bold, italics or a link. Every citation comes from `Citations`, so they resolve.
 */
import type { Citation } from './citations';
import type { Block, Context, Passage, Run } from './context';
import { backgroundSentence, capitalise, INFERENCE_BASES, inferredSentence, issueSentence, solutionSentence, solutionStep, summarySentence } from './words';

/** The sections of a narrative, in the order the body gives them. */
type SectionKey = 'summary' | 'issue' | 'solution' | 'background';

/** A modification's narrative, one passage per section it has. */
export type NarrativePassages = { issue: Passage; solution: Passage } & Partial<Record<'summary' | 'background', Passage>>;

/** A section while it is drafted: paragraphs of sentences, and a list after one of them. */
interface Draft {
  readonly paragraphs: Run[][][];
  list?: { readonly after: number; readonly items: Run[][] };
}

/** Where in a source a citation points, for the citations that say. */
const LOCATORS = ['Table one', 'Table two', 'New Modification Proposals', 'Modifications in progress'] as const;

/** Words an editor stresses in italics, where a sentence has them. */
const STRESSED = ['not', 'only', 'remotely', 'existing'] as const;

/** What modification `number` of `ctx.n` says, about `object`, naming documents from `docs`. */
export function narrative(ctx: Context, m: { readonly number: number; readonly object: string; readonly docs: readonly string[] }): NarrativePassages {
  const { rng } = ctx;
  const { object, docs } = m;
  // Mostly two paragraphs in an issue or a solution, as in the real register's longer entries.
  const some = () => rng.weighted<number>([[1, 1], [2, 2], [3, 1]]);
  const paragraphs = (count: number, sentence: () => string, most = 4): Run[][][] =>
    Array.from({ length: count }, () => Array.from({ length: rng.int(2, most) }, () => [{ text: sentence() }]));

  const drafts: Partial<Record<SectionKey, Draft>> = {};
  if (rng.chance(0.5)) drafts.summary = { paragraphs: paragraphs(1, () => summarySentence(rng, object, docs)) };
  const issue: Draft = { paragraphs: paragraphs(some(), () => issueSentence(rng, object, docs), 5) };
  const solution: Draft = { paragraphs: paragraphs(some(), () => solutionSentence(rng, object, docs), 5) };
  drafts.issue = issue;
  drafts.solution = solution;
  if (rng.chance(0.3)) {
    const steps = rng.int(2, 4);
    solution.list = { after: 0, items: Array.from({ length: steps }, (_, i) => [{ text: `${capitalise(solutionStep(rng, object, docs))}${i < steps - 1 ? ';' : '.'}` }]) };
  }
  if (rng.chance(1 / 3)) drafts.background = { paragraphs: paragraphs(rng.int(1, 2), () => backgroundSentence(rng, object, docs)) };
  const last = (d: Draft): Run[][] => d.paragraphs[d.paragraphs.length - 1] as Run[][];
  const insert = (paragraph: Run[][], sentence: Run[]) => paragraph.splice(rng.int(0, paragraph.length), 0, sentence);

  // A nearby modification, which exists since the register is numbered from 1 to n.
  if (ctx.n > 1 && rng.chance(0.2)) {
    const step = rng.int(1, Math.min(5, ctx.n - 1));
    const other = m.number - step >= 1 && (rng.chance(0.7) || m.number + step > ctx.n) ? m.number - step : m.number + step;
    const sentence: Run[] = rng.chance(0.5)
      ? [{ text: `A related change to the ${object} is being considered under` }, { mod: other }, { text: '.' }]
      : [{ text: 'It builds on' }, { mod: other }, { text: ', which changed the same part of GBCS.' }];
    insert(last(drafts.background ?? issue), sentence);
  }
  if (rng.chance(0.1)) insert(last(solution), [{ inferred: inferredSentence(rng, object), basis: rng.pick(INFERENCE_BASES) }]);
  if (rng.chance(0.15)) {
    const url = `https://smartenergycodecompany.co.uk/modifications/secmp${String(m.number).padStart(4, '0')}/`;
    insert(last(solution), [{ text: 'The draft legal text is published on' }, { link: 'the modification’s page', url }, { text: '.' }]);
  }
  const all = Object.values(drafts).flatMap((d) => d.paragraphs.flat());
  // From a random sentence on, so that the marks fall in any section.
  const from = (k: number) => [...all.slice(k), ...all.slice(0, k)];
  if (rng.chance(0.15)) highlight(from(rng.int(0, all.length - 1)), object, (words) => ({ strong: words }));
  if (rng.chance(0.15)) highlight(from(rng.int(0, all.length - 1)), rng.pick(STRESSED), (words) => ({ emphasis: words }));

  // Citations: one in each section, after any of its sentences, and the rest anywhere.
  const sections = Object.values(drafts);
  const count = rng.int(Math.max(2, sections.length), 5);
  const targets = sections.map((d) => rng.pick(d.paragraphs.flat()));
  while (targets.length < count) targets.push(rng.pick(all));
  for (const sentence of targets) {
    const locator = rng.chance(0.3) ? rng.pick(LOCATORS) : undefined;
    sentence.push({ cite: ctx.citations.cite('modification', locator)[0] as Citation });
  }
  // The list is introduced after the citations are placed, so none stands after the colon.
  if (solution.list) (solution.paragraphs[solution.list.after] as Run[][]).push([{ text: 'In outline, the change would:' }]);

  return Object.fromEntries(Object.entries(drafts).map(([key, d]) => [key, passage(d)])) as NarrativePassages;
}

/** A draft as a passage: each paragraph's sentences as one run list, and the list in its place. */
function passage(draft: Draft): Passage {
  const blocks: Block[] = [];
  draft.paragraphs.forEach((p, i) => {
    blocks.push({ paragraph: p.flat() });
    if (draft.list?.after === i) blocks.push({ list: draft.list.items });
  });
  return blocks;
}

/**
 * Marks the first whole-word `words` in the first sentence that has them, by splitting the text
 * run around them; sentences without them are left alone.
 */
function highlight(sentences: Run[][], words: string, mark: (words: string) => Run): void {
  const pattern = new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  for (const sentence of sentences) {
    const i = sentence.findIndex((r) => 'text' in r && pattern.test(r.text));
    if (i < 0) continue;
    const text = (sentence[i] as { text: string }).text;
    const at = pattern.exec(text)?.index ?? 0;
    const pieces: Run[] = [{ text: text.slice(0, at).trim() }, mark(words), { text: text.slice(at + words.length).trim() }];
    sentence.splice(i, 1, ...pieces.filter((r) => !('text' in r) || r.text !== ''));
    return;
  }
}
