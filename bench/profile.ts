/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and says what dominates: self time per
 * function, and inclusive time per function of our own code. Used by `npm run bench -- --profile`
 * and by hand: `node out/bench/profile.js FILE.cpuprofile`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One row: a function, and its time in ms and as a share of the whole profile. */
export interface ProfileRow {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

const maps = new Map<string, SourceMap | null>();

/** The source map of a bundled file (`dist/server.js.map`), so profiles name the TypeScript source. */
function mapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = fileURLToPath(url);
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      // No map: the bundle's own line numbers will do.
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

const label = (n: ProfileNode) => {
  const f = n.callFrame;
  const entry = f.url.startsWith('file:') ? mapOf(f.url)?.findEntry(f.lineNumber, f.columnNumber) : undefined;
  const mapped = entry as { originalSource?: string; originalLine?: number } | undefined;
  const source = mapped?.originalSource ? `${mapped.originalSource}:${(mapped.originalLine ?? 0) + 1}` : f.url ? `${f.url}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${source.replace(/^.*?\/(server\/src|node_modules)\//, '$1/')}`.trim();
};

/** Self and inclusive times of a profile, biggest first. */
export function analyseProfile(path: string, top = 20, own = /server\/src|dist\/server/): { totalMs: number; self: ProfileRow[]; inclusive: ProfileRow[] } {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map(n => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    perNode.set(id, (perNode.get(id) ?? 0) + dt);
    total += dt;
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of perNode) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = label(byId.get(cur)!);
      if (seen.has(key) || !own.test(byId.get(cur)!.callFrame.url)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    }
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, share: Math.round((1000 * us) / total) / 10 }));
  // The idle time of a server waiting for its client is no work of its own.
  const idle = self.get('(idle)') ?? 0;
  return { totalMs: Math.round((total - idle) / 1000), self: rows(new Map([...self].filter(([k]) => k !== '(idle)'))), inclusive: rows(inclusive) };
}

/** The analysis as Markdown lines. */
export function profileMarkdown(path: string, top = 15): string {
  const a = analyseProfile(path, top);
  const table = (rows: readonly ProfileRow[]) => ['| ms | % | function |', '| ---: | ---: | --- |', ...rows.map(r => `| ${r.ms} | ${r.share} | \`${r.name}\` |`)].join('\n');
  return `Busy time ${a.totalMs} ms.\n\nSelf time:\n\n${table(a.self)}\n\nInclusive time (our code):\n\n${table(a.inclusive)}\n`;
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) process.stdout.write(`## ${file}\n\n${profileMarkdown(file)}\n`);
}
