// The TextMate grammar (syntaxes/unres.tmLanguage.json): the assertion files under test/grammar/
// and the snapshots of the examples, run with vscode-tmgrammar-test as VS Code's tokenizer would
// run the grammar; plus the grammar's own consistency and very long lines (their speed: npm run bench -- --only=units).
//
// Snapshots: UNRES_UPDATE_SNAPSHOTS=1 npx mocha out/test/grammar.test.js rewrites them.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { GRAMMAR, loadGrammar, loadOniguruma } from './util/grammar';
import { LONG_GRAMMAR_LINES } from './util/stress';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = path.join(ROOT, 'package.json');
const ASSERTIONS = path.join(ROOT, 'test', 'grammar');
const SNAPSHOTS = path.join(ASSERTIONS, 'snapshots');
const EXAMPLES = path.join(ROOT, 'examples');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** Runs one of vscode-tmgrammar-test's commands; the package's grammar contribution tells it the scope. */
function runTool(tool: 'vscode-tmgrammar-test' | 'vscode-tmgrammar-snap', args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(BIN, tool), '--config', PACKAGE, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  // Without a YAML grammar the front matter's inside stays unscoped; that is all the warning says.
  const output = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter(l => !/grammar not found for "source\.yaml"/.test(l))
    .join('\n');
  return { status: result.status, output };
}

type Rule = {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
  beginCaptures?: Record<string, Rule>;
  endCaptures?: Record<string, Rule>;
};

/** Every rule of the grammar, nested ones included. */
function allRules(grammar: { patterns: Rule[]; repository: Record<string, Rule> }): Rule[] {
  const out: Rule[] = [];
  const visit = (rule: Rule) => {
    out.push(rule);
    for (const r of rule.patterns ?? []) visit(r);
    for (const caps of [rule.captures, rule.beginCaptures, rule.endCaptures]) for (const c of Object.values(caps ?? {})) visit(c);
  };
  grammar.patterns.forEach(visit);
  Object.values(grammar.repository).forEach(visit);
  return out;
}

describe('TextMate grammar', () => {
  const grammar = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8'));

  it('is the grammar the package contributes for the unres language, scope text.unres', () => {
    const pkg = JSON.parse(fs.readFileSync(PACKAGE, 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { language?: string }) => g.language === 'unres');
    assert.strictEqual(contributed?.scopeName, 'text.unres');
    assert.strictEqual(path.resolve(ROOT, contributed.path), GRAMMAR);
    assert.strictEqual(grammar.scopeName, 'text.unres');
    assert.strictEqual(contributed.embeddedLanguages['meta.embedded.block.frontmatter'], 'yaml');
  });

  it('includes only rules its repository defines', () => {
    const includes = allRules(grammar)
      .map(r => r.include)
      .filter((i): i is string => !!i && i.startsWith('#'));
    const missing = includes.filter(i => !(i.slice(1) in grammar.repository));
    assert.deepStrictEqual(missing, []);
  });

  it('has regular expressions that Oniguruma compiles', async () => {
    await loadOniguruma();
    const sources = allRules(grammar)
      .flatMap(r => [r.match, r.begin, r.end, r.while])
      .filter((s): s is string => !!s);
    assert.ok(sources.length > 20, `only ${sources.length} expressions`);
    const broken = sources.filter(s => {
      try {
        new oniguruma.OnigScanner([s]).dispose();
        return false;
      } catch {
        return true;
      }
    });
    assert.deepStrictEqual(broken, []);
  });

  it('passes the assertion files under test/grammar/', function () {
    this.timeout(60_000);
    const files = fs.readdirSync(ASSERTIONS).filter(f => f.endsWith('.unres'));
    assert.ok(files.length >= 3, 'assertion files are missing');
    const { status, output } = runTool('vscode-tmgrammar-test', ['--compact', ...files.map(f => path.join(ASSERTIONS, f))], ROOT);
    assert.strictEqual(status, 0, output);
    for (const f of files) assert.match(output, new RegExp(`${f.replace('.', '\\.')} run successfu`), output);
  });

  it('tokenizes every example as its committed snapshot says', function () {
    this.timeout(60_000);
    const update = process.env.UNRES_UPDATE_SNAPSHOTS === '1';
    const examples = fs
      .readdirSync(EXAMPLES)
      .filter(f => f.endsWith('.unres'))
      .sort();
    assert.ok(examples.length > 0, 'no examples');
    // The tool keeps FILE.snap beside FILE; the snapshots live apart from the examples, so both go
    // to a scratch folder for the run.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-snap-'));
    try {
      fs.mkdirSync(SNAPSHOTS, { recursive: true });
      const missing: string[] = [];
      for (const f of examples) {
        fs.copyFileSync(path.join(EXAMPLES, f), path.join(work, f));
        const snap = path.join(SNAPSHOTS, `${f}.snap`);
        if (fs.existsSync(snap)) fs.copyFileSync(snap, path.join(work, `${f}.snap`));
        else missing.push(f);
      }
      const { status, output } = runTool('vscode-tmgrammar-snap', ['-s', 'text.unres', ...(update ? ['-u'] : []), ...examples], work);
      if (update) {
        for (const f of examples) fs.copyFileSync(path.join(work, `${f}.snap`), path.join(SNAPSHOTS, `${f}.snap`));
        for (const f of fs.readdirSync(SNAPSHOTS)) if (!examples.includes(f.replace(/\.snap$/, ''))) fs.rmSync(path.join(SNAPSHOTS, f));
      }
      assert.strictEqual(status, 0, output);
      if (!update) {
        assert.deepStrictEqual(missing, [], 'examples without a snapshot: run with UNRES_UPDATE_SNAPSHOTS=1 and review the new .snap files');
        const stale = fs.readdirSync(SNAPSHOTS).filter(f => !examples.includes(f.replace(/\.snap$/, '')));
        assert.deepStrictEqual(stale, [], 'snapshots of examples that no longer exist');
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('tokenizes 100,000-character lines, whatever they hold (their speed: npm run bench -- --only=units, units-grammar-long-lines)', async function () {
    this.timeout(30_000);
    const g = await loadGrammar();
    for (const line of LONG_GRAMMAR_LINES) {
      const { tokens } = g.tokenizeLine(line, textmate.INITIAL);
      assert.ok(tokens.length > 0 && tokens[tokens.length - 1].endIndex >= line.length, `a line of ${JSON.stringify(line.slice(0, 20))}… tokenized to its end`);
    }
  });

  it('scopes the parts of an operative paragraph in one line, as VS Code shows them', async () => {
    const g = await loadGrammar();
    const line = '2 bis. *Calls upon* States [to promote] resolution 73/27 of 5 December 2018[^1];';
    const { tokens } = g.tokenizeLine(line, textmate.INITIAL);
    const scopeOf = (text: string) => tokens.find(t => line.slice(t.startIndex, t.endIndex) === text)?.scopes.at(-1);
    assert.deepStrictEqual(['2', 'bis', 'Calls upon', 'to promote', '73/27', '5 December 2018', '1'].map(scopeOf), [
      'constant.numeric.paragraph-number.unres',
      'keyword.other.draft-label.unres',
      'keyword.other.phrase.operative.unres',
      'markup.changed.negotiation.unres',
      'string.other.link.resolution.unres',
      'constant.numeric.date.unres',
      'entity.name.tag.footnote.unres',
    ]);
  });
});
