/**
 * `npm run new -- <command>`: scaffolds for editors. `modification` starts a new modification,
 * `event` adds an event to one's history, `source` adds a source paper; `--help` after any of
 * them says how. Each works on `REGISTER_CONTENT_DIR` (default `content`), writes nothing that
 * the content linter would not accept, and prints what it wrote and its page's address. The
 * work is done in `scripts/new/`, one module per command.
 */
import { program } from './new/cli';

await program().parseAsync(process.argv);
