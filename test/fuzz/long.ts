/**
 * The long fuzz run (issue 7): at least 100,000 generated and mutated documents through the same
 * oracle as the CI property test, without shrinking, one after another (the machine is shared).
 * Prints progress and, at the end, the figures `docs/reliability.md` quotes as one JSON line.
 * Run with `node scripts/fuzz-long.mjs [count] [seed]` after `npx tsc -p .`.
 */
import * as fc from 'fast-check';
import { abbreviate, fuzzCase } from './generate';
import { FuzzOracle } from './check';

/** Positions asked per document (the CI test asks at all eight). */
const POSITIONS = 3;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  const oracle = new FuzzOracle();
  await oracle.ready();
  const started = performance.now();
  let cases = 0;
  let longCases = 0;
  let calls = 0;
  let characters = 0;
  let slowest = { ms: 0, length: 0, long: false };
  const failures: { text: string; failures: string[] }[] = [];
  // Generated a thousand at a time from consecutive seeds: a single sample of 100,000 would hold every text at once.
  const arbitrary = fc.tuple(fuzzCase(8, 0.01), fc.nat());
  function* stream() {
    for (let done = 0, chunk = 0; done < count; done += 1000, chunk++) yield* fc.sample(arbitrary, { numRuns: Math.min(1000, count - done), seed: seed + chunk });
  }
  for (const [c, positionSeed] of stream()) {
    const report = await oracle.check(c.text, positionSeed, POSITIONS);
    cases++;
    calls += report.calls;
    characters += c.text.length;
    if (c.long) longCases++;
    if (report.ms > slowest.ms) slowest = { ms: report.ms, length: c.text.length, long: c.long };
    if (report.failures.length > 0) {
      failures.push({ text: abbreviate(c.text), failures: report.failures });
      console.error(`FAILURE ${failures.length} (case ${cases}): ${report.failures.join('\n  ')}\n  on ${abbreviate(c.text).slice(0, 1000)}`);
    }
    if (cases % 1000 === 0) {
      const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
      console.log(`${cases} documents, ${failures.length} failures, ${Math.round((performance.now() - started) / 1000)} s, heap ${heap} MB`);
    }
  }
  const figures = {
    seed,
    documents: cases,
    positionsPerDocument: POSITIONS,
    withLongLine: longCases,
    megabytes: Math.round(characters / 1e4) / 100,
    facadeCalls: calls,
    methods: Object.fromEntries(oracle.methodCalls),
    unknownMethods: [...oracle.unknownMethods],
    failures: failures.length,
    slowestMs: Math.round(slowest.ms),
    slowestCase: { characters: slowest.length, longLine: slowest.long },
    totalSeconds: Math.round((performance.now() - started) / 1000),
    node: process.version,
  };
  console.log(JSON.stringify(figures));
  process.exitCode = failures.length > 0 ? 1 : 0;
}

void main();
