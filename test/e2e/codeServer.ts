// code-server: the VS Code build this machine and CI can install (from the npm registry), kept in a
// cache folder outside the project so later runs, and CI's fresh clones, reuse it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait';

/** The last code-server that runs on Node 20 (it bundles VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';

// code-server 4.100.3 bundles @vscode/ripgrep 1.15.11, whose install downloads ripgrep 13.0.0 from
// outside the npm registry. Seeding its download cache with Debian's `rg` (also 13.0.0) serves.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

/** Where code-server is installed: `$UNRES_E2E_CACHE`, else `~/.cache/unres-e2e`. */
export function cacheDir(): string {
  return process.env.UNRES_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'unres-e2e');
}

/** Logs a line of the e2e run, with the time since the run started. */
export type Log = (line: string) => void;

/**
 * Installs code-server into the cache folder unless a complete install is there, and returns the
 * path of its entry script. Throws with the install log's tail when the install fails.
 */
export function ensureCodeServer(log: Log): string {
  const dir = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const complete = join(dir, '.complete');
  if (existsSync(complete) && existsSync(entry)) return entry;

  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (first run only)`);
  rmSync(dir, { recursive: true, force: true });
  const tmp = join(dir, '.tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  seedRipgrepCache(tmp);

  const logFile = join(dir, 'install.log');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      TMPDIR: tmp,
      // Its postinstall refuses to run as root without this, and node-pty's install runs `npx`.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
    },
  });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  const rg = join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (result.status !== 0 || !existsSync(entry) || !existsSync(rg)) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`code-server install failed (exit ${result.status}; full log: ${logFile}):\n${tail}`);
  }
  writeFileSync(complete, `${new Date().toISOString()}\n`);
  return entry;
}

function seedRipgrepCache(tmp: string): void {
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep is needed to install code-server offline: apt-get install ripgrep');
  const target = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(cache, { recursive: true });
  const slash = rg.lastIndexOf('/');
  const tar = spawnSync('tar', ['czf', join(cache, `ripgrep-${RIPGREP_RELEASE}-${target}.tar.gz`), '-C', rg.slice(0, slash), rg.slice(slash + 1)], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`could not seed the ripgrep cache: ${tar.stderr}`);
}

/** A running code-server, in its own process group. */
export interface CodeServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly port: number;
  /** Everything it printed so far. */
  output(): string;
  /** Stops the whole process group (file watchers and extension hosts included). */
  stop(): Promise<void>;
}

/** Options for one code-server run; every folder belongs to this run alone. */
export interface CodeServerOptions {
  entry: string;
  /** Run folder: holds config, user data, TMPDIR and, unless given, extensions. */
  runDir: string;
  extensionsDir?: string;
  /** Variables added to code-server's environment (and so to its extension hosts'). */
  env?: Record<string, string>;
  log: Log;
}

/** Starts code-server on a free port of 127.0.0.1 and resolves once `/healthz` answers. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { entry, runDir, log } = options;
  const port = await freePort();
  const userData = join(runDir, 'user-data');
  const extensions = options.extensionsDir ?? join(runDir, 'extensions');
  const tmp = join(runDir, 'tmp');
  for (const d of [userData, extensions, tmp]) mkdirSync(d, { recursive: true });
  writeUserSettings(userData);
  const config = join(runDir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');

  const child = spawn(
    process.execPath,
    [
      entry,
      '--config',
      config,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
    ],
    {
      detached: true, // its own process group, so one signal stops everything it started
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env, TMPDIR: tmp },
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const server: CodeServer = { url, port, output: () => output, stop: () => stopGroup(child) };
  // Fail at once, with what it printed, if it exits before it is ready.
  const exited = new Promise<never>((_, reject) => child.once('exit', code => reject(new Error(`code-server exited with ${code} before it was ready:\n${output}`))));
  exited.catch(() => undefined); // stopping it later is no failure
  try {
    await Promise.race([
      exited,
      waitFor(
        'code-server /healthz',
        async () => {
          try {
            return (await fetch(`${url}/healthz`)).ok;
          } catch {
            return false;
          }
        },
        60_000,
      ),
    ]);
  } catch (e) {
    await server.stop();
    throw e;
  }
  log(`code-server ready on ${url}`);
  return server;
}

/** Installs a VSIX into an extensions folder with code-server's own CLI. */
export function installExtension(entry: string, vsix: string, extensionsDir: string, runDir: string): string {
  const tmp = join(runDir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  // Without --config it would write a default config into ~/.config/code-server.
  const config = join(runDir, 'install-config.yaml');
  writeFileSync(config, 'auth: none\n');
  const result = spawnSync(
    process.execPath,
    [entry, '--config', config, '--extensions-dir', extensionsDir, '--user-data-dir', join(runDir, 'user-data'), '--install-extension', vsix],
    {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp },
      timeout: 120_000,
    },
  );
  const out = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.status}):\n${out}`);
  return out;
}

// Settings that keep the workbench quiet and deterministic: no welcome page, no tips, no network.
function writeUserSettings(userData: string): void {
  const dir = join(userData, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'git.enabled': false,
        'chat.commandCenter.enabled': false,
        'window.commandCenter': false,
        'editor.minimap.enabled': false,
        'workbench.colorTheme': 'Default Light Modern',
      },
      null,
      2,
    ),
  );
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // Extension hosts and watchers may outlive the server itself for a moment: make sure of them.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** A port of 127.0.0.1 free at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
