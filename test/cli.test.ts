/**
 * `unres check` and `unres catalog import` as a user runs them: the bundled CLI in a child process,
 * its output and its exit status (contract §6).
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin/unres.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function unres(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

function checkJson(args: string[], cwd = ROOT): { status: number | null; diagnostics: JsonDiagnostic[] } {
  const r = unres(['check', '--format', 'json', ...args], cwd);
  assert.notStrictEqual(r.status, 2, r.stderr);
  return { status: r.status, diagnostics: JSON.parse(r.stdout) as JsonDiagnostic[] };
}

const seriousOnes = (ds: JsonDiagnostic[]) => ds.filter(d => d.severity === 'error' || d.severity === 'warning');

describe('unres check', function () {
  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) {
      const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(build.status, 0, build.stderr);
    }
  });

  it('reports no error and no warning on the shared seed example', () => {
    const { status, diagnostics } = checkJson([path.join(ROOT, 'examples/A-RES-74-29.unres')]);
    assert.deepStrictEqual(seriousOnes(diagnostics), []);
    assert.strictEqual(status, 0);
  });

  for (const example of ['A-RES-74-29.unres', 'S-RES-2250-2015.unres', 'A-C.1-80-draft.unres', 'A-RES-61-106-convention.unres']) {
    it(`reports no error and no warning on examples/${example}`, () => {
      const { status, diagnostics } = checkJson([`examples/${example}`]);
      assert.deepStrictEqual(seriousOnes(diagnostics), []);
      assert.strictEqual(status, 0);
    });
  }

  it('finds every planted mistake in examples/faulty.unres, and exits 1', () => {
    const { status, diagnostics } = checkJson(['examples/faulty.unres']);
    const codes = new Set(diagnostics.map(d => d.code));
    const planted = [
      'frontmatter/key',
      'frontmatter/value',
      'structure/organ-line',
      'structure/order',
      'numbering/operative',
      'numbering/subparagraph',
      'numbering/draft-label',
      'punctuation/preambular',
      'punctuation/operative',
      'phrase/preambular',
      'phrase/operative',
      'phrase/emphasis',
      'citation/format',
      'citation/date',
      'citation/order',
      'citation/duplicate',
      'citation/self',
      'citation/conjunction',
      'reference/paragraph',
      'footnote/undefined',
      'footnote/unused',
      'footnote/order',
      'brackets/unbalanced',
      'brackets/adopted',
      'punctuation/hyphen',
      'citation/separator',
    ];
    assert.deepStrictEqual(
      planted.filter(c => !codes.has(c)),
      [],
      'planted mistakes not found',
    );
    assert.strictEqual(status, 1);
  });

  it('prints the JSON shape of the contract, with 1-based positions', () => {
    const { diagnostics } = checkJson(['examples/faulty.unres']);
    const d = diagnostics.find(x => x.code === 'numbering/operative');
    assert.ok(d);
    assert.deepStrictEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
    assert.strictEqual(d.file, 'examples/faulty.unres');
    const lines = fs.readFileSync(path.join(ROOT, 'examples/faulty.unres'), 'utf8').split('\n');
    assert.match(lines[d.line - 1].slice(d.column - 1), /^3/);
    assert.match(d.message, /Expected paragraph 2/);
  });

  it('prints text as compilers do: file:line:column: severity code message', () => {
    const r = unres(['check', 'examples/faulty.unres']);
    assert.strictEqual(r.status, 1);
    const first = r.stdout.split('\n')[0];
    assert.match(first, /^examples\/faulty\.unres:\d+:\d+: (error|warning|information|hint) [a-z]+\/[a-z-]+ \S/);
    assert.match(r.stderr, /\d+ errors?, \d+ warnings?/);
  });

  it('checks folders recursively', () => {
    const { diagnostics } = checkJson(['examples']);
    const files = new Set(diagnostics.map(d => d.file));
    assert.ok(files.has('examples/faulty.unres'));
  });

  it('exits 2 with the reason on an unreadable path or a bad option', () => {
    const missing = unres(['check', 'no/such/file.unres']);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /cannot read 'no\/such\/file\.unres'/);
    const bad = unres(['check', '--format', 'xml', 'examples']);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /--format must be/);
    assert.strictEqual(unres(['frobnicate']).status, 2);
  });

  it('documents everything in --help', () => {
    const r = unres(['--help']);
    assert.strictEqual(r.status, 0);
    for (const word of ['check', '--format', '--catalog', '--config', 'catalog import', 'Exit status']) assert.ok(r.stdout.includes(word), word);
  });

  it('honours the rule configuration file, and reports a malformed one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-cli-'));
    fs.copyFileSync(path.join(ROOT, 'examples/faulty.unres'), path.join(dir, 'faulty.unres'));
    fs.writeFileSync(path.join(dir, '.unresrc.json'), JSON.stringify({ rules: { 'numbering/operative': 'off', 'citation/order': 'hint' } }));
    const configured = checkJson(['faulty.unres'], dir).diagnostics;
    assert.ok(!configured.some(d => d.code === 'numbering/operative'));
    assert.ok(configured.filter(d => d.code === 'citation/order').every(d => d.severity === 'hint'));
    fs.writeFileSync(path.join(dir, '.unresrc.json'), '{"rules": {"citation/order": "loud"}}');
    const malformed = checkJson(['faulty.unres'], dir).diagnostics;
    assert.ok(malformed.some(d => d.code === 'config/invalid' && d.file === '.unresrc.json'));
    assert.ok(
      malformed.some(d => d.code === 'numbering/operative'),
      'defaults still apply',
    );
  });

  it('checks citations against workspace catalogs and --catalog files, and reports a malformed entry there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-cli-'));
    fs.writeFileSync(
      path.join(dir, 'draft.unres'),
      'The General Assembly,\n\n*Recalling* its resolutions 80/1 of 1 October 2025 and 80/2 of 3 October 2025,\n\n*Decides* to remain seized of the matter.\n',
    );
    fs.writeFileSync(path.join(dir, 'local.catalog.json'), JSON.stringify([{ symbol: 'A/RES/80/1', date: '2025-10-01' }, { symbol: 'A/RES/80/9' }]));
    fs.writeFileSync(path.join(dir, 'extra.json'), JSON.stringify([{ symbol: 'A/RES/80/2', date: '2025-10-02' }]));
    const { diagnostics } = checkJson(['--catalog', 'extra.json', 'draft.unres'], dir);
    const malformed = diagnostics.filter(d => d.code === 'catalog/invalid');
    assert.deepStrictEqual(
      malformed.map(d => [d.file, d.line]),
      [['local.catalog.json', 1]],
    );
    const dates = diagnostics.filter(d => d.code === 'citation/date');
    assert.strictEqual(dates.length, 1, JSON.stringify(diagnostics));
    assert.match(dates[0].message, /2 October 2025/);
    assert.ok(!diagnostics.some(d => d.code === 'citation/unknown'), 'both items are known to a catalog');
  });
  describe('finds the workspace of the checked paths, upward to .unresrc.json', () => {
    const DRAFT = 'The General Assembly,\n\n*Recalling* its resolution 95/1 of 2 October 2040,\n\n*Decides* to remain seized of the matter.\n';
    /** A temporary tree: `ws/drafts/draft.unres` citing 95/1 (no bundled entry) with a wrong date, a catalog beside it, and `elsewhere/` to run from. */
    function tree(): string {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-cli-ws-'));
      fs.mkdirSync(path.join(dir, 'ws/drafts'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'elsewhere'));
      fs.writeFileSync(path.join(dir, 'ws/drafts/draft.unres'), DRAFT);
      fs.writeFileSync(path.join(dir, 'ws/drafts/my.catalog.json'), JSON.stringify([{ symbol: 'A/RES/95/1', date: '2040-10-01' }]));
      return dir;
    }
    const dates = (ds: JsonDiagnostic[]) => ds.filter(d => d.code === 'citation/date').map(d => d.message);

    it('reads drafts/my.catalog.json when drafts/ (or a file in it) is checked from elsewhere', () => {
      const dir = tree();
      for (const target of ['../ws/drafts', '../ws/drafts/draft.unres']) {
        const { diagnostics } = checkJson([target], path.join(dir, 'elsewhere'));
        assert.strictEqual(dates(diagnostics).length, 1, `${target}: ${JSON.stringify(diagnostics)}`);
        assert.match(dates(diagnostics)[0], /1 October 2040/);
        assert.ok(!diagnostics.some(d => d.code === 'citation/unknown'));
      }
    });

    it('takes the nearest folder upward with .unresrc.json: its catalogs anywhere below, and its rule settings', () => {
      const dir = tree();
      fs.renameSync(path.join(dir, 'ws/drafts/my.catalog.json'), path.join(dir, 'ws/my.catalog.json'));
      fs.writeFileSync(path.join(dir, 'ws/.unresrc.json'), JSON.stringify({ rules: { 'citation/date': 'hint' } }));
      const { diagnostics } = checkJson([path.join(dir, 'ws/drafts/draft.unres')], path.join(dir, 'elsewhere'));
      const found = diagnostics.filter(d => d.code === 'citation/date');
      assert.deepStrictEqual(
        found.map(d => d.severity),
        ['hint'],
        JSON.stringify(diagnostics),
      );
      assert.match(found[0].message, /1 October 2040/);
      // Without the configuration file the workspace is the checked folder, which holds no catalog.
      fs.rmSync(path.join(dir, 'ws/.unresrc.json'));
      assert.ok(checkJson([path.join(dir, 'ws/drafts')], path.join(dir, 'elsewhere')).diagnostics.some(d => d.code === 'citation/unknown'));
      // Nor is the current directory, even when it holds the draft and the catalog.
      assert.strictEqual(dates(checkJson(['drafts'], path.join(dir, 'ws')).diagnostics).length, 0);
    });

    it('checks paths of two workspaces each against its own catalogs, reporting a shared --catalog once', () => {
      const dir = tree();
      fs.mkdirSync(path.join(dir, 'other'));
      fs.writeFileSync(path.join(dir, 'other/draft.unres'), DRAFT);
      fs.writeFileSync(path.join(dir, 'other/my.catalog.json'), JSON.stringify([{ symbol: 'A/RES/95/1', date: '2040-10-03' }]));
      fs.writeFileSync(path.join(dir, 'elsewhere/bad.json'), '[{"symbol": 5}]');
      const { diagnostics } = checkJson(['--catalog', 'bad.json', '../ws/drafts', '../other'], path.join(dir, 'elsewhere'));
      const byFile = (name: string) => diagnostics.filter(d => d.code === 'citation/date' && d.file.endsWith(name)).map(d => d.message);
      assert.match(byFile(path.join('ws', 'drafts', 'draft.unres')).join(), /1 October 2040/);
      assert.match(byFile(path.join('other', 'draft.unres')).join(), /3 October 2040/);
      const shared = diagnostics.filter(d => d.file === 'bad.json').map(d => JSON.stringify(d));
      assert.ok(shared.length > 0 && new Set(shared).size === shared.length, JSON.stringify(diagnostics));
    });
  });
});
