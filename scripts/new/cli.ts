/**
 * The `npm run new` command line, on commander: one command per kind of content an editor
 * starts, each with its `--help`. Each command fills in what it was not given (see `ask.ts`),
 * calls its scaffold, and prints what it wrote and the address its page will have; a refusal
 * prints the reason and any `file:line: field: message` problems, and exits 1.
 */
import { Command } from 'commander';
import { formatSourceDate } from '../../src/domain/dates';
import { eventKinds } from '../../src/domain/vocabulary';
import type { RawContent } from '../../src/schemas/content';
import { lintContentFolder } from '../../src/validate/files';
import { fillMissing, type Needed } from './ask';
import { addEvent, type NewEvent } from './event';
import { contentFolder, ScaffoldError, type ContentFolder } from './folder';
import { newModification, type NewModification } from './modification';
import { newSource, sourceKinds, type NewSource } from './source';

/** Where the command line writes. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const console_: Output = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** The content, read once and only when a prompt needs its lists. */
function lists(folder: ContentFolder): () => RawContent {
  let content: RawContent | undefined;
  return () => (content ??= lintContentFolder(folder.dir, folder.root).content);
}

/** The needed values every citing command shares: a source and one of its sections. */
function citing(content: () => RawContent): Needed[] {
  return [
    { key: 'source', flag: '--source <id>', what: 'the source that records it', choices: () => content().sources.map((s) => s.data.id) },
    {
      key: 'section',
      flag: '--section <id>',
      what: 'the section of that source',
      choices: (v) => content().sources.find((s) => s.data.id === v.source)?.data.sections.map((s) => s.id) ?? [],
    },
  ];
}

/** Runs a scaffold, printing its refusal if it refuses. */
async function attempt(output: Output, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    output.err(`error: ${error.message}`);
    for (const line of error.problems) output.err(line);
    process.exitCode = 1;
  }
}

/** Words wrapped to lines of at most 80 characters, indented by two spaces. */
function wrap(words: string): string {
  const lines: string[] = [];
  for (const word of words.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] as string).length + word.length + 1 <= 78) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map((l) => `  ${l}`).join('\n');
}

const DATES = 'a day 2016-10-27, a month 2016-10, or an interval ../2016-11-09 or 2016-10/2016-11-09';

/** The command line, writing to `output`; `folder` is the content folder it works on. */
export function program(folder: ContentFolder = contentFolder(), output: Output = console_): Command {
  const content = lists(folder);
  const cli = new Command()
    .name('npm run new --')
    .description(`Starts new content in ${folder.root}/ (REGISTER_CONTENT_DIR), checked by the content linter before it is kept.`)
    .showHelpAfterError('(add --help for the options)')
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });

  cli
    .command('modification')
    .description('Write a new modification, modifications/SECMPnnnn.mdx: its titles, null for what is not known yet, a "raised" event, and an Issue and a Proposed solution to fill in.')
    .option('--title <title>', "the full title, as the source gives it (required)")
    .option('--short-title <title>', 'the short title, e.g. the status report\'s "Mod Title" (default: the title)')
    .option('--number <n>', 'the number, e.g. 25 or SECMP0025 (default: the next after the highest in use)')
    .option('--source <id>', 'the source that records it being raised (required)')
    .option('--section <id>', 'the section of that source, e.g. 4.2 (required)')
    .option('--locator <text>', 'a finer place in the section, e.g. "Table one"')
    .option('--date <date>', `when it was raised: ${DATES} (default: the source's date)`)
    .option('--detail <text>', 'what the source says of its being raised (default: "Raised.")')
    .addHelpText('after', '\nExample:\n  npm run new -- modification --title "Correct Units of Measure" --source sec-update-2016-11-09 --section 4.2 --locator "Table one"')
    .action((options: Partial<NewModification>) =>
      attempt(output, async () => {
        const needed: Needed[] = [{ key: 'title', flag: '--title <title>', what: "the modification's full title" }, ...citing(content)];
        const filled = await fillMissing(options, needed, 'modification');
        const written = newModification(folder, filled as NewModification);
        output.out(`Wrote ${written.files.join(', ')}`);
        output.out(`Its page will be ${written.address}`);
        output.out('Next: write its Issue and Proposed solution under the headings, each statement with its <Cite />.');
      }),
    );

  cli
    .command('event')
    .description("Add a dated event to a modification's history, in date order, if the phase model allows it there. Only the frontmatter is edited.")
    .argument('[modification]', 'the modification, e.g. SECMP0023 or 23 (required)')
    .option('--kind <kind>', 'what happened, one of the event kinds listed below (required)')
    .option('--date <date>', `when it happened, on or before the register's as-of date: ${DATES} (required)`)
    .option('--source <id>', 'the source that records it (required)')
    .option('--section <id>', 'the section of that source (required)')
    .option('--locator <text>', 'a finer place in the section')
    .option('--detail <text>', "what the source says happened, in its words (default: the kind's label)")
    .option('--meeting <id>', 'the meeting it happened at, e.g. wg1-2016-10-27')
    .addHelpText('after', `\nEvent kinds (src/domain/vocabulary.ts; src/domain/phases.ts says in which phases each can happen):\n${wrap(eventKinds.join(', '))}`)
    .addHelpText('after', '\nExample:\n  npm run new -- event SECMP0016 --kind progress-update --date 2016-11-09 --source sec-update-2016-11-09 --section 4.1 --detail "…"')
    .action((modification: string | undefined, options: Partial<NewEvent>) =>
      attempt(output, async () => {
        const needed: Needed[] = [
          { key: 'modification', flag: '<modification>', what: 'the modification', choices: () => content().modifications.map((m) => m.data.id) },
          { key: 'kind', flag: '--kind <kind>', what: 'the kind of event', choices: () => eventKinds },
          { key: 'date', flag: '--date <date>', what: 'when it happened', hint: DATES },
          ...citing(content),
        ];
        const filled = await fillMissing({ ...options, modification }, needed, 'event');
        const added = addEvent(folder, filled as NewEvent);
        output.out(`Added a "${filled.kind}" event of ${filled.date} to ${added.files.join(', ')}, as event ${added.index + 1} of ${added.count}`);
        output.out(`Its page is ${added.address}`);
      }),
    );

  cli
    .command('source')
    .description('Add a source paper: copy its text into sources/text/, find its numbered sections from the headings in the text, and write sources/<id>.json.')
    .option('--file <path>', 'the text extracted from the paper, a .txt file (required)')
    .option('--id <id>', 'the id, lowercase words joined by hyphens, e.g. sec-update-2016-12-07 (required)')
    .option('--date <date>', `its date: ${DATES} (required)`)
    .option('--title <title>', 'the title as printed (required)')
    .option('--short-title <title>', 'a shorter name for citations (default: the title)')
    .option('--kind <kind>', `${sourceKinds.join(' or ')}: a paper to a panel, or a periodic report`, 'paper')
    .option('--author <who>', 'who wrote it (required: the schema has no "unknown" for it)')
    .option('--signed-by <who>', 'who signed it (default: null, not stated)')
    .option('--audience <who>', 'who it was written for (default: null, not stated)')
    .option('--description <text>', 'what it is and what it covers (required: the schema has no "unknown" for it)')
    .addHelpText('after', '\nExample:\n  npm run new -- source --file paper.txt --id sec-update-2016-12-07 --date 2016-12-07 --title "Smart Energy Code (SEC) Update" --author "SECAS" --description "SECAS\'s December 2016 update to the DCUSA Panel."')
    .action((options: Partial<NewSource>) =>
      attempt(output, async () => {
        const needed: Needed[] = [
          { key: 'file', flag: '--file <path>', what: 'the path of the text file' },
          { key: 'id', flag: '--id <id>', what: "the source's id (lowercase words joined by hyphens)" },
          { key: 'date', flag: '--date <date>', what: 'its date', hint: DATES },
          { key: 'title', flag: '--title <title>', what: 'its title as printed' },
          { key: 'author', flag: '--author <who>', what: 'who wrote it' },
          { key: 'description', flag: '--description <text>', what: 'what it is and what it covers' },
        ];
        const filled = await fillMissing(options, needed, 'source');
        const written = newSource(folder, filled as NewSource);
        output.out(`Wrote ${written.files.join(', ')}`);
        output.out(`Sections found in the text (${written.sections.length}):`);
        for (const s of written.sections) output.out(`  ${s.id} ${s.title} (lines ${s.lines[0]}-${s.lines[1]})`);
        if (written.asOf) output.out(`The register now stands as of ${formatSourceDate(written.asOf.to)}${written.asOf.from ? `, not ${formatSourceDate(written.asOf.from)}` : ''}`);
        output.out(`Its page will be ${written.address}`);
      }),
    );
  return cli;
}
