/**
 * Issue 11, item 3: the server as a drafter installs it and other editors start it, outside this
 * checkout. `npm pack` makes the package, `npm install -g --prefix` installs it into a temporary
 * folder whose bin/ goes on PATH; then the recipes of README.md and docs/editors.md, taken from the
 * Markdown as written, run headless in a folder elsewhere: Neovim (Debian's 0.7) and Emacs with
 * eglot (Emacs 28 with Debian's elpa-eglot, or 29). Each must show the server's diagnostics and
 * hover a citation; eglot, which asks for plain-text hovers, must get no Markdown escapes.
 * An editor that is not installed skips its tests with a message (.ci/run installs both).
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CITED, DRAFT } from './documents';

const ROOT = path.resolve(__dirname, '../../..');
const HERE = path.join(ROOT, 'test', 'editors');

/** The fenced code blocks of language `lang` in a Markdown file of the project. */
function codeBlocks(file: string, lang: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(m => m[1]);
}

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { encoding: 'utf8' }).status === 0;
}

describe('the installed server in other editors, outside the checkout', function () {
  this.timeout(240_000);
  let base = '';
  let bin = '';

  before(function () {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unres-editors-')));
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/ is missing: run npm run build first');
    // dist/ is built (npm ci's prepare); --ignore-scripts packs it as it is.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', base, ROOT], { cwd: base, encoding: 'utf8' });
    assert.strictEqual(pack.status, 0, `npm pack failed: ${pack.stderr}`);
    const tarball = fs.readdirSync(base).find(f => /^unres-.*\.tgz$/.test(f));
    assert.ok(tarball, `no tarball in ${base}`);
    const install = spawnSync('npm', ['install', '-g', '--prefix', path.join(base, 'prefix'), '--prefer-offline', '--no-audit', '--no-fund', path.join(base, tarball)], {
      cwd: base,
      encoding: 'utf8',
    });
    assert.strictEqual(install.status, 0, `npm install -g failed: ${install.stderr}`);
    bin = path.join(base, 'prefix', 'bin');
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  /** A fresh folder outside the checkout with a cited document and a draft, as a drafter has. */
  function workspace(name: string): string {
    const dir = path.join(base, name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'cited.unres'), CITED);
    fs.writeFileSync(path.join(dir, 'draft.unres'), DRAFT);
    return dir;
  }

  const env = () => ({ ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, HOME: base });

  it('puts unres and unres-language-server on PATH, working from any folder', () => {
    const dir = workspace('cli');
    const server = spawnSync('unres-language-server', ['--version'], { cwd: dir, env: env(), encoding: 'utf8' });
    assert.match(server.stdout, /^unres-language-server \d+\.\d+\.\d+/, server.stderr);
    const check = spawnSync('unres', ['check', '--format', 'json', 'draft.unres'], { cwd: dir, env: env(), encoding: 'utf8' });
    assert.strictEqual(check.status, 1, check.stderr);
    assert.ok(
      JSON.parse(check.stdout).some((d: { code: string }) => d.code === 'reference/paragraph'),
      check.stdout,
    );
  });

  const luaRecipes: Array<[string, string]> = [
    ['README.md', codeBlocks('README.md', 'lua').find(b => b.includes('start_client'))!],
    ['docs/editors.md (Neovim 0.7)', codeBlocks('docs/editors.md', 'lua').find(b => b.includes('start_client'))!],
  ];
  for (const [where, recipe] of luaRecipes) {
    it(`Neovim with the recipe of ${where}: diagnostics and a hover`, function () {
      if (!available('nvim', ['--version'])) {
        console.log('      (skipped: nvim is not installed; apt-get install neovim)');
        return this.skip();
      }
      assert.ok(recipe, `${where} has a Neovim recipe`);
      const dir = workspace(`nvim-${luaRecipes.findIndex(r => r[0] === where)}`);
      fs.writeFileSync(path.join(dir, 'init.lua'), recipe);
      const out = path.join(dir, 'result.json');
      const run = spawnSync('nvim', ['--headless', '-u', 'init.lua', '-i', 'NONE', '-n', 'draft.unres', '-c', `luafile ${path.join(HERE, 'probe.lua')}`], {
        cwd: dir,
        env: { ...env(), UNRES_OUT: out },
        encoding: 'utf8',
        timeout: 90_000,
      });
      assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.strictEqual(result.error, undefined, result.error);
      assert.strictEqual(result.filetype, 'unres');
      assert.deepStrictEqual(result.cmd, ['unres-language-server', '--stdio']);
      assert.ok(
        result.diagnostics.some((d: { code: string; line: number }) => d.code === 'reference/paragraph' && d.line === 8),
        JSON.stringify(result.diagnostics),
      );
      assert.match(JSON.stringify(result.hover), /Developments in the field of information and telecommunications/);
    });
  }

  const elispRecipes: Array<[string, string]> = [
    ['README.md', codeBlocks('README.md', 'elisp')[0]],
    ['docs/editors.md', codeBlocks('docs/editors.md', 'elisp')[0]],
  ];
  for (const [where, recipe] of elispRecipes) {
    it(`Emacs eglot with the recipe of ${where}: diagnostics and a plain-text hover without escapes`, function () {
      const eglot = ['--batch', '--eval', "(progn (package-activate-all) (require 'eglot))"];
      if (!available('emacs', ['--version']) || !available('emacs', eglot)) {
        console.log('      (skipped: emacs with eglot is not installed; apt-get install emacs-nox elpa-eglot)');
        return this.skip();
      }
      assert.ok(recipe, `${where} has an eglot recipe`);
      const dir = workspace(`emacs-${elispRecipes.findIndex(r => r[0] === where)}`);
      fs.writeFileSync(path.join(dir, 'init.el'), recipe);
      const out = path.join(dir, 'result.json');
      // Debian's elpa-* packages are activated as a normal start-up would; then the user's init, then the probe.
      const run = spawnSync('emacs', ['--batch', '--eval', '(package-activate-all)', '-l', path.join(dir, 'init.el'), '-l', path.join(HERE, 'probe.el')], {
        cwd: dir,
        env: { ...env(), UNRES_OUT: out, UNRES_FILE: path.join(dir, 'draft.unres') },
        encoding: 'utf8',
        timeout: 90_000,
      });
      assert.ok(fs.existsSync(out), `Emacs wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.strictEqual(result.error, undefined, `${result.error}\n${run.stderr.slice(-2000)}`);
      assert.strictEqual(result.mode, 'unres-mode');
      assert.match(result.server, /unres-language-server/);
      assert.ok(
        result.diagnostics.some((d: { code: string; line: number }) => d.code === 'reference/paragraph' && d.line === 8),
        JSON.stringify(result.diagnostics),
      );
      assert.strictEqual(result.hover.kind, 'plaintext');
      assert.match(result.hover.value, /Developments in the field of information and telecommunications/);
      assert.ok(!/\\[^\s]/.test(result.hover.value), `a Markdown escape in the plain-text hover: ${result.hover.value}`);
    });
  }
});
