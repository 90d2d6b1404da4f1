/**
 * A deterministic generator of a synthetic SEC Register at scale, for benchmarks.
 *
 * The real register holds about twenty modifications, which is too few to show how the linter,
 * the integrity checks and the site build behave as the register grows. This writes a complete
 * content folder of any size up to 9999 modifications, shaped like the real one: the same
 * folders, the same kinds of field, event histories that replay legally through the phase
 * model, meetings, releases and versions that reference one another, and citations that
 * resolve. The output must pass `lintContentFolder` with no problems, because a benchmark of
 * content that fails its checks measures the wrong thing.
 *
 * The same `n` and `seed` always give byte-identical files: all randomness comes from one
 * seeded `Random`, every list read from disk is sorted, and nothing depends on the clock or
 * on the order in which the file system lists a folder. Every entry is built in memory first
 * and written through `files.ts`, the one module that knows the content format.
 *
 * Usage: `npx tsx scripts/bench/generate/index.ts <dir> <n> [seed]`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Day } from '../../../src/domain/dates';
import { readBasis, REAL_CONTENT } from './basis';
import { Calendar } from './calendar';
import { Citations } from './citations';
import type { Context } from './context';
import { extraDocuments } from './documents';
import { copyCollection, resetContentFolder, writeEntry } from './files';
import type { Target } from './histories';
import { meetings } from './meetings';
import { modification, relate } from './modifications';
import { Random } from './random';
import { planReleases, releaseEntry } from './releases';
import { versions } from './versions';

/** The earliest day a generated history may start on. */
const HISTORY_START: Day = '2010-01-01';

/**
 * The states to place at even intervals through the numbers, so that even a register of ten
 * modifications has every phase. It runs from closed to new, so the oldest modifications get
 * the longest histories.
 */
const SPREAD: readonly Target[] = [
  'implemented',
  'rejected',
  'withdrawn',
  'pending-implementation',
  'awaiting-authority-decision',
  'change-board',
  'modification-report',
  'refinement-ia',
  'refinement',
  'initial-modification-report',
];

/** Counts of what a run generated, for the command line. */
export interface Summary {
  readonly modifications: number;
  readonly releases: number;
  readonly meetings: number;
  readonly versions: number;
  readonly documents: number;
  readonly asOf: Day;
}

/**
 * Writes a synthetic register of `n` modifications into `dir`, in the same layout as
 * `content/`, and returns counts of what it wrote. The collection folders inside `dir` are
 * emptied first, so that a smaller run into the same folder does not leave a larger run's
 * files behind; nothing else in `dir` is touched. Throws for `n` outside 1 to 9999, since
 * modification ids have four digits.
 */
export function generateRegister(dir: string, n: number, seed = 1): Summary {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`n must be a whole number from 1 to 9999, not ${n}`);
  const basis = readBasis();
  const rng = new Random(seed);
  const citations = new Citations(rng, basis.sections);
  const extra = extraDocuments(basis.documents, citations);
  const documents = [...basis.documents, ...extra.summaries];
  const systems = documents.filter((d) => d.type === 'system');
  const nonSystems = documents.filter((d) => d.type !== 'system');
  if (systems.length === 0 || nonSystems.length === 0) throw new Error('the real documents must include systems and other documents');
  if (basis.workingGroups.length === 0) throw new Error('the real content has no working groups');
  const bodies = [...basis.workingGroups.map((g) => g.id), 'sec-panel', 'change-board'];
  const ctx: Context = {
    rng,
    n,
    asOf: basis.asOf,
    start: HISTORY_START,
    citations,
    calendar: new Calendar(rng, bodies, HISTORY_START, basis.asOf),
    documents,
    systems,
    nonSystems,
    workingGroups: basis.workingGroups,
    releases: planReleases(rng, n),
  };

  // Every entry is built before anything is written: releases and meetings list what the
  // modifications booked, and building first keeps the order of writes out of the output.
  const forcedAt = new Map<number, Target>();
  if (n >= SPREAD.length) SPREAD.forEach((t, j) => forcedAt.set(Math.floor((j * n) / SPREAD.length), t));
  const modifications = Array.from({ length: n }, (_, i) => modification(ctx, i, forcedAt.get(i)));
  relate(ctx, modifications);
  const releases = ctx.releases.map((r) => releaseEntry(ctx, r));
  const meetingEntries = meetings(ctx);
  const versionEntries = versions(ctx);

  resetContentFolder(dir);
  for (const collection of ['sources', 'documents', 'workingGroups'] as const) copyCollection(REAL_CONTENT, dir, collection);
  for (const d of extra.entries) writeEntry(dir, 'documents', String(d.id), d);
  for (const m of modifications) writeEntry(dir, 'modifications', String(m.id), m);
  for (const r of releases) writeEntry(dir, 'releases', String(r.id), r);
  for (const m of meetingEntries) writeEntry(dir, 'meetings', String(m.id), m);
  for (const v of versionEntries) writeEntry(dir, 'versions', String(v.id), v);
  return {
    modifications: n,
    releases: releases.length,
    meetings: meetingEntries.length,
    versions: versionEntries.length,
    documents: documents.length,
    asOf: basis.asOf,
  };
}

// Run directly: `npx tsx scripts/bench/generate/index.ts <dir> <n> [seed]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count, seedText] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: npx tsx scripts/bench/generate/index.ts <dir> <n> [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const s = generateRegister(resolve(dir), Number(count), seedText ? Number(seedText) : 1);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${dir}: ${s.modifications} modifications, ${s.releases} releases, ${s.meetings} meetings, ${s.versions} versions, ${s.documents} documents, as of ${s.asOf}, in ${ms} ms`,
  );
}
