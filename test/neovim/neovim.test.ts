/**
 * A real third-party editor: headless Neovim (Debian's package; 0.7 here, push diagnostics only)
 * starts the bundled server, receives the diagnostics of a faulty draft, hovers a citation and
 * goes to its definition. The Lua script writes what Neovim saw; this test asserts on it.
 * Skipped only when `nvim` is absent, with a message saying so (CI installs it).
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CITED, DRAFT as FAULTY } from '../editors/documents';

const SERVER = path.resolve(__dirname, '../../../dist/server.js');
const SCRIPT = path.resolve(__dirname, '../../../test/neovim/check.lua');

function hasNvim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('Neovim as an LSP client', function () {
  this.timeout(90_000);

  before(function () {
    if (!hasNvim()) {
      console.log('    (skipped: nvim is not installed; apt-get install -y neovim to run this test)');
      this.skip();
    }
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run 'npm run build' first`);
  });

  it('shows diagnostics, hovers a citation with its title, and goes to its definition', () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unres-nvim-')));
    try {
      fs.writeFileSync(path.join(root, 'cited.unres'), CITED);
      fs.writeFileSync(path.join(root, 'faulty.unres'), FAULTY);
      const out = path.join(root, 'result.json');
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
        cwd: root,
        env: { ...process.env, UNRES_SERVER: SERVER, UNRES_ROOT: root, UNRES_FILE: path.join(root, 'faulty.unres'), UNRES_OUT: out },
        encoding: 'utf8',
        timeout: 80_000,
      });
      assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.strictEqual(result.error, undefined, result.error);

      const reference = result.diagnostics.find((d: { code: string }) => d.code === 'reference/paragraph');
      assert.ok(reference, `diagnostics: ${JSON.stringify(result.diagnostics)}`);
      assert.strictEqual(reference.line, 8);
      assert.strictEqual(reference.severity, 1, 'an error');

      assert.match(result.hover ?? '', /Developments in the field of information and telecommunications in the context of international security/);
      assert.match(result.hover, /undocs\.org\/A\/RES\/73\/27/);

      assert.strictEqual(result.definition.file, path.join(root, 'cited.unres'));
      assert.strictEqual(result.definition.line, 2, 'on the symbol in the front matter');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
