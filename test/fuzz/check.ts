/**
 * The fuzz oracle: one text through the parser, every rule and every method of the language
 * service façade at chosen positions, checking the invariants of issue 7 — nothing throws (nor is
 * caught and logged by the façade's guards), every range lies inside the document, formatting
 * never changes a word, and a quick fix never touches words outside the problem it fixes.
 * Shared by the short property test and the long run (`scripts/fuzz-long.mjs`).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace, noopToken, parseDocument, type ILanguageService, type ResolutionDocument } from '../../server/src/languageService';
import { computeDiagnostics } from '../../server/src/languageService/rules';
import { createCatalogLookup } from '../../server/src/languageService/catalog/lookup';

/** The URI every fuzzed document has; its version rises with each case. */
export const FUZZ_URI = 'file:///ws/fuzz.unres';

/** Other workspace files, so that cross-document features (definition, references, hover previews) have something to find. */
const WORKSPACE: Record<string, string> = {
  'file:///ws/cited.unres':
    '---\nsymbol: A/RES/74/29\nadopted: 12 December 2019\ntitle: <b>Cited</b> [x](javascript:alert(1))\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n1. *Decides* to act;\n\n2. *Requests* a report, as in paragraph 1 above.\n',
  'file:///ws/refs.catalog.json': JSON.stringify([
    { symbol: 'A/RES/73/27', date: '2018-12-05', title: 'Developments <script>alert(1)</script>' },
    { symbol: 'S/RES/2334 (2016)', date: '2016-12-23', vote: { yes: 14, no: 0, abstain: 1 } },
    { symbol: 'A/RES/36/103', date: '1981-12-09' },
  ]),
};

/** Methods the oracle does not call per case: they change the workspace rather than answer about a document. */
const WORKSPACE_METHODS = new Set([
  'indexWorkspace',
  'getCatalog',
  'fileChanged',
  'fileDeleted',
  'documentClosed',
  'setSettingsCatalogs',
  'setOnlineAnswers',
  'getCatalogDiagnostics',
  'getCatalogLayers',
  'getCatalogFiles',
  'getIndexCounts',
  'syncHeldDocument',
  'holdDocuments',
]);

export interface CaseReport {
  /** Broken invariants, each a sentence; empty when the case passed. */
  readonly failures: string[];
  /** Façade methods called (with their parameter shapes guessed from their names). */
  readonly calls: number;
  /** Milliseconds the whole case took. */
  readonly ms: number;
}

/** A fuzzing session: one language service over a small in-memory workspace, documents fed in turn. */
export class FuzzOracle {
  readonly service: ILanguageService;
  /** Façade methods seen, by name, with the number of calls. */
  readonly methodCalls = new Map<string, number>();
  /** Methods whose parameters the oracle could not guess: they are reported, never silently skipped. */
  readonly unknownMethods = new Set<string>();
  #version = 0;
  #logged: string[] = [];

  constructor() {
    this.service = createLanguageService({ workspace: new InMemoryWorkspace(WORKSPACE), log: m => this.#logged.push(m) });
  }

  /** Scans the workspace once, so features never wait for it. */
  async ready(): Promise<void> {
    await this.service.indexWorkspace();
  }

  /** Runs one text through everything; `seed` picks the positions. */
  async check(text: string, seed: number, maxPositions = Infinity): Promise<CaseReport> {
    const started = performance.now();
    const failures: string[] = [];
    let calls = 0;
    this.#logged = [];
    const fail = (what: string) => failures.push(what);
    const guard = async (what: string, run: () => unknown) => {
      try {
        await run();
      } catch (e) {
        fail(`${what} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    };

    const version = ++this.#version;
    const document = TextDocument.create(FUZZ_URI, 'unres', version, text);
    const lines = linesOf(text);
    const inside = (what: string, value: unknown) => {
      for (const problem of rangesOutside(value, lines)) fail(`${what}: ${problem}`);
    };

    // The parser and the rules, directly.
    let model: ResolutionDocument | undefined;
    await guard('parseDocument', () => {
      model = parseDocument(text, FUZZ_URI, version);
      if (model.lines.length !== lines.length) fail(`parseDocument: ${model.lines.length} lines, the document has ${lines.length}`);
      if (model.problems.some(p => p.code === 'structure/parse')) fail(`parseDocument fell back to an empty model: ${model.problems[0].message}`);
      inside('model', model);
    });
    if (!model) return { failures, calls, ms: performance.now() - started };
    const catalog = createCatalogLookup([[{ symbol: 'A/RES/74/29', date: '2019-12-12', source: 'fuzz' }]]);
    await guard('computeDiagnostics', () => {
      const diagnostics = computeDiagnostics(model!, { catalog, onRuleError: e => fail(`a rule threw: ${e instanceof Error ? e.stack : String(e)}`) });
      inside('diagnostics', diagnostics);
    });

    // Every method of the façade.
    const diagnostics = this.service.getDiagnostics(document);
    inside('getDiagnostics', diagnostics);
    const all = positionsFor(model, lines, seed);
    // The long run asks at fewer places per document to get through more documents; the last one is always past the end.
    const positions = all.length <= maxPositions ? all : [...all.slice(0, maxPositions - 1), all[all.length - 1]];
    const svc = this.service as unknown as Record<string, unknown>;
    for (const name of Object.keys(svc)) {
      const method = svc[name];
      if (typeof method !== 'function' || WORKSPACE_METHODS.has(name)) continue;
      const params = parameterNames(method as (...args: never[]) => unknown);
      const positional = params.some(p => /^_*(position|pos|range)$/.test(p));
      for (const position of positional ? positions : [positions[0]]) {
        const range = rangeAround(position, lines);
        // As an editor does, the code action context carries the diagnostics on the requested lines.
        const near = diagnostics.filter(d => d.range.start.line <= range.end.line && d.range.end.line >= range.start.line);
        const args = params.map(p => argumentFor(p.replace(/^_+/, ''), { document, position, range, text, diagnostics: near }));
        if (args.includes(UNKNOWN)) {
          this.unknownMethods.add(`${name}(${params.join(', ')})`);
          break;
        }
        calls++;
        this.methodCalls.set(name, (this.methodCalls.get(name) ?? 0) + 1);
        await guard(name, async () => {
          const result = await (method as (...a: unknown[]) => unknown)(...args);
          inside(`${name} at ${position.line}:${position.character}`, result);
          if (/format/i.test(name) && Array.isArray(result)) checkWordsKept(name, text, result as TextEdit[], wordsOf, fail);
          else if (/codeAction/i.test(name) && Array.isArray(result)) checkFixes(name, text, result, lines, fail);
          else if (/renumber/i.test(name)) checkWordsKept(name, text, editsOf(result) ?? [], lettersOf, fail);
          else if (editsOf(result)) checkWordsKept(name, text, editsOf(result)!, () => [], fail);
        });
      }
    }
    for (const message of this.#logged) if (/failed|threw|error/i.test(message)) fail(`the service logged: ${message.slice(0, 2000)}`);
    return { failures, calls, ms: performance.now() - started };
  }
}

const UNKNOWN = Symbol('unknown parameter');

interface ArgumentSources {
  readonly document: TextDocument;
  readonly position: Position;
  readonly range: Range;
  readonly text: string;
  readonly diagnostics: readonly unknown[];
}

/** A value for a façade parameter, from its name: the façade's methods use a small, regular vocabulary. */
function argumentFor(param: string, s: ArgumentSources): unknown {
  switch (param) {
    case 'document':
    case 'doc':
    case 'textDocument':
      return s.document;
    case 'position':
    case 'pos':
      return s.position;
    case 'range':
      return s.range;
    case 'token':
      return noopToken;
    case 'uri':
      return s.document.uri;
    case 'text':
      return s.text;
    case 'referenceOptions':
      return { includeDeclaration: true };
    case 'diagnosticOptions':
    case 'config':
    case 'settings':
      return {};
    case 'positions':
      return [s.position, { line: 0, character: 0 }];
    case 'hintOptions':
      return { enabled: true, paragraphLabels: true };
    case 'options':
    case 'formatOptions':
    case 'formattingOptions':
      return { tabSize: 2, insertSpaces: true };
    case 'context':
    case 'codeActionContext':
      return { diagnostics: s.diagnostics, triggerKind: 1 };
    case 'exportOptions':
      return { today: '2026-12-03' };
    case 'item':
      // A completion item to resolve, as the editor sends it back (its data as the server wrote it).
      return { label: '73/27 of 5 December 2018', data: { citation: 'A/RES/73/27' } };
    case 'newName':
      return '7';
    case 'ch':
      // Format-on-type after Enter.
      return '\n';
    case 'details':
      // Prepare for adoption's answers from the drafter.
      return { symbol: 'A/RES/80/12', adopted: '15 December 2025', meeting: '52nd plenary meeting' };
    case 'query':
      return 'res';
    case 'old':
      // Another version to compare with: the same lines in reverse order.
      return { text: s.text.split('\n').reverse().join('\n'), uri: 'file:///old.unres', name: 'old.unres' };
    default:
      return UNKNOWN;
  }
}

/** The parameter names of a function as compiled (arrow functions and methods keep them). */
export function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = Function.prototype.toString.call(fn);
  const open = source.indexOf('(');
  const arrow = source.indexOf('=>');
  let list: string;
  if (open === -1 || (arrow !== -1 && arrow < open)) {
    // `x => …`
    list = source.slice(0, arrow).replace(/^async\s+/, '');
  } else {
    let depth = 0;
    let end = open;
    for (let i = open; i < source.length; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    list = source.slice(open + 1, end);
  }
  return list
    .split(',')
    .map(p => p.replace(/=.*$/s, '').replace(/[{}[\]\s.]/g, ''))
    .filter(p => p !== '');
}

/** Lines as the LSP counts them: `\r\n`, `\r` and `\n` all end a line. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function isPosition(v: unknown): v is Position {
  return !!v && typeof v === 'object' && typeof (v as Position).line === 'number' && typeof (v as Position).character === 'number';
}

/** Problems with every `{start, end}` range found anywhere inside `value` (Locations of other documents skipped). */
export function rangesOutside(value: unknown, lines: readonly string[]): string[] {
  const problems: string[] = [];
  const bad = (p: Position) =>
    !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= lines.length || p.character > lines[p.line].length;
  // The path is kept as a chain and spelled out only for a problem: models hold 100,000s of ranges.
  type Path = { readonly up?: Path; readonly key: string | number };
  const spell = (p: Path | undefined): string => (p ? `${spell(p.up)}${typeof p.key === 'number' ? `[${p.key}]` : `.${p.key}`}` : '');
  const visit = (v: unknown, path: Path | undefined, depth: number) => {
    // Results are trees (JSON over the wire); the depth bound only guards against a cycle.
    if (!v || typeof v !== 'object' || depth > 64 || problems.length > 5) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] && typeof v[i] === 'object') visit(v[i], { up: path, key: i }, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.uri === 'string' && o.uri !== FUZZ_URI && (isPosition((o.range as Range | undefined)?.start) || 'targetUri' in o)) return;
    if (typeof o.targetUri === 'string' && o.targetUri !== FUZZ_URI) return;
    if (isPosition(o.start) && isPosition(o.end)) {
      const { start, end } = o as unknown as Range;
      if (bad(start) || bad(end)) problems.push(`${spell(path)} ${JSON.stringify(o)} lies outside the document (${lines.length} lines)`);
      else if (start.line > end.line || (start.line === end.line && start.character > end.character)) problems.push(`${spell(path)} ${JSON.stringify(o)} ends before it starts`);
      else if (splitsPair(lines, start) || splitsPair(lines, end)) problems.push(`${spell(path)} ${JSON.stringify(o)} splits a surrogate pair`);
      return;
    }
    // A string's own characters are no ranges; the model's long `text` and `lines` need no walk.
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (x && typeof x === 'object' && k !== 'lines') visit(x, { up: path, key: k }, depth + 1);
    }
  };
  visit(value, undefined, 0);
  return problems;
}

/** Whether a position falls between the two halves of a surrogate pair. */
function splitsPair(lines: readonly string[], p: Position): boolean {
  const line = lines[p.line];
  const before = line.charCodeAt(p.character - 1);
  const after = line.charCodeAt(p.character);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Words as a reader sees them: runs of letters, marks and digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Words of letters alone, footnote markers, subparagraph labels and `bis`/`ter`… left out: renumbering changes numbers and labels, never another letter. */
export function lettersOf(text: string): string[] {
  return text.replace(/\[\^[^\]\n]{0,64}\]|\([a-z]{1,8}\)|\b(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\b/gi, ' ').match(/[\p{L}\p{M}]+/gu) ?? [];
}

/** The edits of the fuzzed document in a WorkspaceEdit (or `{ edit: WorkspaceEdit }`), if the value is one. */
function editsOf(value: unknown): TextEdit[] | undefined {
  const v = value as { changes?: Record<string, TextEdit[]>; edit?: { changes?: Record<string, TextEdit[]> } } | undefined;
  const changes = v?.changes ?? v?.edit?.changes;
  return changes && typeof changes === 'object' ? (changes[FUZZ_URI] ?? []) : undefined;
}

/** The edits apply (no overlap) and leave the words, as `words` sees them, as they were. */
function checkWordsKept(name: string, text: string, edits: TextEdit[], words: (t: string) => string[], fail: (m: string) => void): void {
  let formatted: string;
  try {
    formatted = TextDocument.applyEdits(TextDocument.create(FUZZ_URI, 'unres', 0, text), edits);
  } catch (e) {
    return fail(`${name}: its edits cannot be applied: ${String(e)}`);
  }
  const before = words(text).join(' ');
  const after = words(formatted).join(' ');
  if (before !== after) fail(`${name} changed the words: ${firstDifference(before, after)}`);
}

/** How many of one answer's code actions are applied and checked. */
const MAX_FIXES_CHECKED = 40;

/** A fix may rewrite the lines of the problems it names; words anywhere else stay as they were. */
function checkFixes(name: string, text: string, actions: unknown[], lines: readonly string[], fail: (m: string) => void): void {
  // Each check applies the edits to the whole text: a sample keeps a case with 100,000 problems linear.
  const sample = actions.length <= MAX_FIXES_CHECKED ? actions : actions.filter((_, i) => i % Math.ceil(actions.length / MAX_FIXES_CHECKED) === 0);
  for (const action of sample as { title?: string; edit?: { changes?: Record<string, TextEdit[]> }; diagnostics?: { range: Range }[] }[]) {
    const edits = action.edit?.changes?.[FUZZ_URI];
    if (!edits) continue;
    let fixed: string;
    try {
      fixed = TextDocument.applyEdits(TextDocument.create(FUZZ_URI, 'unres', 0, text), edits);
    } catch (e) {
      fail(`${name} '${action.title}': its edits cannot be applied: ${String(e)}`);
      continue;
    }
    const fixedLines = linesOf(fixed);
    const touched = new Set<number>();
    for (const e of edits) for (let l = e.range.start.line; l <= e.range.end.line; l++) touched.add(l);
    for (const d of action.diagnostics ?? []) for (let l = d.range.start.line; l <= d.range.end.line; l++) touched.add(l);
    // Lines before the first touched line must be unchanged word for word.
    const first = Math.min(...touched);
    for (let l = 0; l < Math.min(first, lines.length); l++) {
      if (wordsOf(lines[l]).join(' ') !== wordsOf(fixedLines[l] ?? '').join(' ')) {
        fail(`${name} '${action.title}' changed the words of line ${l + 1}, outside what it fixes`);
        break;
      }
    }
  }
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${JSON.stringify(a.slice(Math.max(0, i - 30), i + 30))} became …${JSON.stringify(b.slice(Math.max(0, i - 30), i + 30))}`;
}

/** Positions worth asking about: the starts and middles of what the model recognised, random ones, the end, and past the end. */
export function positionsFor(model: ResolutionDocument, lines: readonly string[], seed: number): Position[] {
  const interesting: Range[] = [
    ...model.citations.flatMap(c => [c.range, ...c.items.map(i => i.range)]),
    ...model.references.map(r => r.range),
    ...model.footnoteReferences.map(f => f.range),
    ...model.footnoteDefinitions.map(f => f.labelRange),
    ...model.symbols.map(s => s.range),
    ...(model.frontMatter?.entries.flatMap(e => [e.keyRange, e.valueRange]) ?? []),
    ...model.parts.flatMap(p => [...p.preambular, ...p.operative]).flatMap(p => [p.number?.range, p.opening?.fullRange].filter((r): r is Range => !!r)),
    ...model.headings.map(h => h.textRange),
  ];
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return n <= 0 ? 0 : state % n;
  };
  const positions: Position[] = [];
  for (let i = 0; i < 3 && interesting.length > 0; i++) {
    const r = interesting[next(interesting.length)];
    positions.push(next(2) === 0 ? r.start : { line: r.end.line, character: Math.max(0, r.end.character - 1) });
  }
  for (let i = 0; i < 2; i++) {
    const line = next(lines.length);
    positions.push({ line, character: next(lines[line].length + 1) });
  }
  const last = lines.length - 1;
  positions.push({ line: last, character: lines[last].length });
  // Clients send stale positions: past the end of a line and past the last line.
  positions.push({ line: next(lines.length), character: 1_000_000 }, { line: lines.length + 5, character: 0 });
  return positions;
}

function rangeAround(p: Position, lines: readonly string[]): Range {
  if (p.line >= lines.length) return { start: p, end: p };
  return { start: { line: p.line, character: 0 }, end: { line: p.line, character: lines[p.line].length } };
}
