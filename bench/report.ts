/** Writes the results: `bench/results.json` (one object per measure) and the table of `docs/performance.md`. */
import type { Machine } from './machine';
import type { Summary } from './stats';

/** One measure: our server, the Markdown peer and the floor (null where it does not apply). */
export interface Measure {
  readonly name: string;
  readonly unit: 'ms' | 'MB';
  readonly ours: Summary | null;
  readonly peer: Summary | null;
  readonly floor: Summary | null;
  /** Runs behind each summary. */
  readonly runs?: number;
  /** Why a value is missing, or what the measure covers. */
  readonly note?: string;
}

/** A target of issue 17 (issue 6's, tightened), checked against the medians. */
export interface TargetCheck {
  readonly target: string;
  readonly actual: string;
  readonly met: boolean | null;
}

const fmt = (s: Summary | null, unit: string) => (s ? `${s.median} (${s.min}–${s.max}) ${unit}` : '—');

/** Checks the issue's targets against the medians. */
export function checkTargets(measures: readonly Measure[]): TargetCheck[] {
  const m = (name: string) => measures.find(x => x.name === name);
  const med = (s: Summary | null | undefined) => s?.median;
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
  const checks: TargetCheck[] = [];
  const open = m('open-1MB');
  const add = (target: string, r: number | undefined, limit: number, show: (r: number) => string) =>
    checks.push({ target, actual: r === undefined ? 'not measured' : show(r), met: r === undefined ? null : r <= limit });
  add('open → diagnostics at 1 MB ≤ 1/20 of the Markdown server', ratio(med(open?.ours), med(open?.peer)), 1 / 20, r => `1/${(1 / r).toFixed(1)} of the peer`);
  const cpu = m('open-1MB-cpu');
  add('(the same in the servers’ CPU time, steadier under load)', ratio(med(cpu?.ours), med(cpu?.peer)), 1 / 20, r => `1/${(1 / r).toFixed(1)} of the peer`);
  add('open → diagnostics at 1 MB ≤ 20× the floor', ratio(med(open?.ours), med(open?.floor)), 20, r => `${r.toFixed(1)}× the floor`);
  add('edit in the 1 MB document ≤ 1/4 of its open → diagnostics', ratio(med(m('edit-1MB')?.ours), med(open?.ours)), 1 / 4, r => `${(r * 100).toFixed(1)} % of open`);
  for (const f of ['hover', 'completion', 'definition']) {
    add(`${f} < 1/100 of open → diagnostics at 1 MB`, ratio(med(m(`${f}-1MB`)?.ours), med(open?.ours)), 1 / 100, r => `${(r * 100).toFixed(2)} % of open`);
  }
  const indexed = m('workspace-indexed');
  add('2,000-file workspace indexed ≤ 15× its floor', ratio(med(indexed?.ours), med(indexed?.floor)), 15, r => `${r.toFixed(1)}× the floor`);
  const check = m('check-2000-files');
  add('`unres check` over the 2,000 files ≤ 20× the floor', ratio(med(check?.ours), med(check?.floor)), 20, r => `${r.toFixed(1)}× the floor`);
  const rss = med(m('workspace-rss-MB')?.ours);
  checks.push({
    target: '2,000 files and the catalog indexed with resident memory < 200 MB',
    actual: rss === undefined ? 'not measured' : `${rss} MB`,
    met: rss === undefined ? null : rss < 200,
  });
  return checks;
}

/** The Markdown page: machine, command, table, targets. `analysis` is the hand-written part kept between runs. */
export function renderPerformanceMd(machine: Machine, command: string, date: string, measures: readonly Measure[], facts: readonly string[], analysis: string): string {
  const rows = measures.map(x => `| \`${x.name}\` | ${fmt(x.ours, x.unit)} | ${fmt(x.peer, x.unit)} | ${fmt(x.floor, x.unit)} | ${x.runs ?? ''} | ${x.note ?? ''} |`);
  const targets = checkTargets(measures).map(t => `| ${t.target} | ${t.actual} | ${t.met === null ? '—' : t.met ? 'met' : '**missed**'} |`);
  return `# Performance

Measured through the protocol, the way an editor feels it: \`npm run bench\` starts \`node --max-semi-space-size=8 dist/server.js --stdio\`
(the flags the VS Code client starts it with) with a real LSP client (\`vscode-languageserver-protocol/node\`) and times requests from the moment they are
sent until the answer is in. Side by side, in the same run, Microsoft's \`vscode-markdown-languageserver\`
(the peer) on Markdown twins of the same documents, and the floor: one linear pass over the same text in
the benchmark process (split into lines, one regular-expression scan). Numbers are the median with
(minimum–maximum) over the runs; \`bench/results.json\` holds the same data.

\`npm run bench -- --quick\` measures the 1 MB document only, with fewer runs (under a minute), and
writes \`bench/.work/results-quick.json\` instead of this page; \`-- --only=ours|peer|workspace|versions|units|catalog|import\` runs one
part (\`units\`: the service's parts in process on the hard inputs of the unit tests, \`test/util/stress.ts\`, beside
\`JSON.parse\` or the floor; it needs no \`../shared\` data; no unit test asserts a duration); \`-- --profile\` runs our server under \`node --cpu-prof\` and summarises the profile in
\`bench/.work/profile.md\`. The benchmark is not part of \`npm test\`.

<!-- generated: from here to "Analysis" is rewritten by npm run bench -->
## Machine and command

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB memory, ${machine.platform}
- Node: ${machine.node}
- Command: \`${command}\`
- Date: ${date}

${facts.map(f => `- ${f}`).join('\n')}

## Results

| measure | ours | peer (Markdown server) | floor | runs | note |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## Targets (issue 17)

| target | actual (medians) | |
| --- | --- | --- |
${targets.join('\n')}

## Analysis
${analysis}`;
}
