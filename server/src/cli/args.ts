/** Command-line arguments of `unres`: the subcommand by hand, its options by `node:util` `parseArgs`. */
import { parseArgs as nodeParseArgs } from 'node:util';

export type OutputFormat = 'text' | 'json';

export interface CheckArgs {
  readonly command: 'check';
  readonly format: OutputFormat;
  readonly catalogs: readonly string[];
  readonly config?: string;
  /** `--jobs N`: at most N worker threads (1: none); the cores available by default. */
  readonly jobs?: number;
  /** `--online`: ask the UN Digital Library for citations no catalog holds (only their symbols are sent). */
  readonly online?: boolean;
  readonly paths: readonly string[];
}

export interface ImportArgs {
  readonly command: 'catalog-import';
  readonly out?: string;
  readonly files: readonly string[];
}

export type ExportFormat = 'docx' | 'akn' | 'html';

/** `unres export --to docx|akn|html [--out PATH] [--validate] [--schema DIR] [--catalog FILE]… FILE…` */
export interface ExportArgs {
  readonly command: 'export';
  readonly to: ExportFormat;
  readonly out?: string;
  readonly validate: boolean;
  /** Folder holding akomantoso30.xsd and xml.xsd, for --validate. */
  readonly schema?: string;
  readonly catalogs: readonly string[];
  readonly files: readonly string[];
}

/** `unres import [--out PATH] FILE…`: official texts (PDF, Word, text) to `.unres`. */
export interface DocumentImportArgs {
  readonly command: 'import';
  readonly out?: string;
  readonly files: readonly string[];
}

/** `unres diff [--format text|json] OLD NEW` */
export interface DiffArgs {
  readonly command: 'diff';
  readonly format: OutputFormat;
  readonly old: string;
  readonly new: string;
}

/** `unres rollover [--out FILE] FILE` */
export interface RolloverArgs {
  readonly command: 'rollover';
  readonly out?: string;
  readonly file: string;
}

export type Args = CheckArgs | ImportArgs | DocumentImportArgs | ExportArgs | DiffArgs | RolloverArgs | { readonly command: 'help' } | { readonly command: 'version' };

/** A usage error: exit status 2 with the message on standard error. */
export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'check') return parseCheck(rest);
  if (command === 'export') return parseExport(rest);
  if (command === 'import') {
    const { out, files } = parseImport(rest, `'unres import' needs at least one .pdf, .docx, .txt or .md file`);
    return { command: 'import', out, files };
  }
  if (command === 'diff') return parseDiff(rest);
  if (command === 'rollover') return parseRollover(rest);
  if (command === 'catalog') {
    if (rest[0] !== 'import') throw new UsageError(`unknown catalog command '${rest[0] ?? ''}'; expected 'unres catalog import FILE…'`);
    return parseImport(rest.slice(1));
  }
  throw new UsageError(`unknown command '${command}'; see 'unres --help'`);
}

type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly multiple?: boolean; readonly short?: string }>>;

/**
 * One subcommand's options and positionals, read by `node:util` `parseArgs` (strict: an unknown
 * option or a missing value is an error), its errors turned into usage errors that name the option.
 */
function readOptions<const Spec extends OptionSpec>(
  args: readonly string[],
  options: Spec,
): { values: { [K in keyof Spec]?: Spec[K]['multiple'] extends true ? string[] : string }; positionals: string[] } {
  try {
    const { values, positionals } = nodeParseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as { [K in keyof Spec]?: Spec[K]['multiple'] extends true ? string[] : string }, positionals };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const option = /'(-[^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${option}'; see 'unres --help'`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option ${optionNamed(message, options)} needs a value`);
    throw new UsageError(message);
  }
}

/** The long name of the option a parseArgs message speaks of (`Option '-o, --out <value>' …` → `--out`). */
function optionNamed(message: string, options: OptionSpec): string {
  const long = /--([a-z-]+)/.exec(message)?.[1];
  if (long !== undefined && long in options) return `--${long}`;
  return /'(-[^' ,<]+)/.exec(message)?.[1]?.trim() ?? 'the option';
}

function formatOf(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be 'text' or 'json', not '${value}'`);
  return value;
}

function parseCheck(args: readonly string[]): CheckArgs {
  const { values, positionals: paths } = readOptions(args, {
    format: { type: 'string' },
    catalog: { type: 'string', multiple: true },
    config: { type: 'string' },
    jobs: { type: 'string' },
    online: { type: 'boolean' },
  });
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.jobs)) throw new UsageError(`--jobs must be a whole number from 1, not '${values.jobs}'`);
    jobs = Number(values.jobs);
  }
  if (paths.length === 0) throw new UsageError(`'unres check' needs at least one file or folder`);
  return {
    command: 'check',
    format: formatOf(values.format),
    catalogs: values.catalog ?? [],
    config: values.config,
    jobs,
    paths,
    ...((values.online as unknown) === true && { online: true }),
  };
}

function parseDiff(args: readonly string[]): DiffArgs {
  const { values, positionals: files } = readOptions(args, { format: { type: 'string' } });
  const format = formatOf(values.format);
  if (files.length !== 2) throw new UsageError(`'unres diff' needs two files, OLD and NEW`);
  return { command: 'diff', format, old: files[0], new: files[1] };
}

function parseRollover(args: readonly string[]): RolloverArgs {
  const { values, positionals: files } = readOptions(args, { out: { type: 'string', short: 'o' } });
  if (files.length !== 1) throw new UsageError(`'unres rollover' needs one file, the adopted resolution`);
  return { command: 'rollover', out: values.out, file: files[0] };
}

function parseExport(args: readonly string[]): ExportArgs {
  const { values, positionals: files } = readOptions(args, {
    to: { type: 'string' },
    out: { type: 'string', short: 'o' },
    validate: { type: 'boolean' },
    schema: { type: 'string' },
    catalog: { type: 'string', multiple: true },
  });
  const to = values.to;
  if (to !== undefined && to !== 'docx' && to !== 'akn' && to !== 'html') throw new UsageError(`--to must be 'docx', 'akn' or 'html', not '${to}'`);
  const validate = (values.validate as unknown) === true;
  const { out, schema } = values;
  const catalogs = values.catalog ?? [];
  if (!to) throw new UsageError(`'unres export' needs --to docx, akn or html`);
  if (validate && to !== 'akn') throw new UsageError(`--validate checks Akoma Ntoso: use it with --to akn`);
  if (files.length === 0) throw new UsageError(`'unres export' needs at least one .unres file`);
  return { command: 'export', to, out, validate, schema, catalogs, files };
}

function parseImport(args: readonly string[], missing = `'unres catalog import' needs at least one CSV or MARCXML file`): ImportArgs {
  const { values, positionals: files } = readOptions(args, { out: { type: 'string', short: 'o' } });
  if (files.length === 0) throw new UsageError(missing);
  return { command: 'catalog-import', out: values.out, files };
}

export const HELP = `unres — check United Nations resolutions written in the .unres markup

Usage:
  unres check [--format text|json] [--catalog FILE]… [--config FILE] [--jobs N] [--online] PATH…
  unres import [--out PATH] FILE…
  unres catalog import [--out FILE] FILE…
  unres export --to docx|akn|html [--out PATH] [--validate] FILE…
  unres diff [--format text|json] OLD NEW
  unres rollover [--out FILE] FILE
  unres --help | --version

unres check
  Checks .unres files, and folders recursively. Each path's workspace is the
  nearest folder upward that holds .unresrc.json, else the checked folder (a
  file's own folder). The workspace's .unres files that have a symbol and its
  *.catalog.json files serve as catalogs of resolutions, before the catalog
  bundled with unres; its .unresrc.json configures the rules.

  --format text   one line per diagnostic, as compilers print them (default):
                  FILE:LINE:COLUMN: SEVERITY CODE MESSAGE
  --format json   one JSON array on standard output, one object per diagnostic:
                  {"file","line","column","endLine","endColumn","severity","code","message"}
                  (line and column are 1-based)
  --catalog FILE  also use this catalog file (repeatable)
  --config FILE   read rule settings from FILE instead of the workspace's
                  .unresrc.json
  --jobs N        use at most N threads (default: the cores available; from
                  about 200 files on, files are parsed on worker threads)
  --online        ask the UN Digital Library for citations no catalog holds:
                  only their symbols leave the machine; answers are cached
                  (UNRES_CACHE_DIR, default the user's cache folder) and used
                  offline; UNRES_DIGITAL_LIBRARY_URL names another server

  Exit status: 1 when any error was reported, 0 otherwise,
               2 when it could not run (unreadable path, bad option).

unres import
  Converts official texts to .unres: the UN's PDFs (.pdf), Word files (.docx)
  and text copied out of a PDF (.txt, .md). The masthead becomes front matter;
  page furniture is dropped; footnotes, emphasis, subparagraphs, annexes and
  articles are kept; what cannot be placed goes into a <!-- --> comment.
  One FILE: written to --out FILE, or to standard output. Several: --out DIR
  (FILE.unres in it for each).
  Exit status: 0 when written, 2 when an input cannot be read (nothing is
  written then: no text layer, encrypted, corrupt, no resolution, too large).
  Limits: docs/import.md.

unres catalog import
  Builds a catalog file from CSV files (the GA/SC catalogue columns
  symbol,session,adoption_date,… or symbol,date,…, or the unvotes roll-call
  columns rcid,session,…,date,unres,…) and from MARCXML exported by the UN
  Digital Library. Writes the catalog JSON to standard output, or to --out FILE.
  Doubtful dates (as the data's sources warn) are marked "doubtfulDate": true and
  never give an error. Exit status 2 when a file cannot be read.

unres export
  Writes each document in the UN's layout: --to docx (Word), --to html (a
  standalone page) or --to akn (Akoma Ntoso 3.0, AKN4UN profile). Without --out,
  each file is written beside its source (A-RES-74-29.unres → A-RES-74-29.docx);
  with one file, --out names the file written; with several, a folder.
  A document with errors is still written (drafts are exported mid-negotiation);
  its errors are listed on standard error as warnings.
  --validate      (with --to akn) validate each export against akomantoso30.xsd
  --schema DIR    the folder holding akomantoso30.xsd and xml.xsd (default:
                  $UNRES_AKN_SCHEMA_DIR, else ../shared/data/akoma-ntoso)
  --catalog FILE  also use this catalog file (dates of cited resolutions)

  Exit status: 0 written, 1 written but a document has errors (or an
               export is not valid), 2 nothing could be written (unreadable
               file, bad option, schema not found).
unres diff
  Compares two versions of a resolution paragraph by paragraph: paragraphs keep
  their identity across renumbering and moves. Each change is inserted, deleted,
  changed (with word-level changes), moved, or renumbered (a number-only change,
  not a difference).
  --format text   a negotiator's comparison, one line per change (default):
                  NEW:LINE: OP 3 (was 2): changed: …[-old-]{+new+}…
  --format json   one JSON array: {"kind","old":{"label","line"}|null,
                  "new":{"label","line"}|null,"words"?:[{"op","text"}]}
  Exit status: 0 same (or only renumbered), 1 different, 2 trouble.

unres rollover
  Next session's draft from an adopted resolution: status draft, session + 1,
  no adoption date or meeting, the symbol left as a placeholder (A/C.?/76/L.?),
  the resolution itself added to the preamble's recall of its series, future
  session ordinals advanced; every other word kept. Writes to standard output,
  or to --out FILE. Exit status 2 when the file cannot be read.

Rule configuration (.unresrc.json):
  {"rules": {"citation/order": "off", "phrase/emphasis": "hint"}}
  and, for one place in a document: <!-- unres-disable-next-line citation/order -->

Rules and their codes: docs/rules.md. The markup: docs/markup.md.
`;
