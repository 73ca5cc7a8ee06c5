/**
 * `diff-1MB`: `unres diff` of two versions of a 1 MB resolution (parse both, match paragraphs,
 * word-level changes), side by side with a line diff of the same two texts (`diff`'s `diffLines`,
 * what a line-based comparison costs) and the linear floor. `diff-1MB-unrelated`: the same 1 MB
 * document against an unrelated one of the same size, the worst case of the alignment (its edit
 * budget bounds it).
 */
import { diffLines } from 'diff';
import { parseDocument } from '../server/src/languageService';
import { compareVersions } from '../server/src/languageService/versions';
import { linearPass } from './floor';
import type { Measure } from './report';
import { summarize, timeRuns } from './stats';

/** A later version: every 25th block reworded, every 40th deleted, every 50th followed by a new one, one block moved. */
export function nextVersion(text: string): string {
  const blocks = text.split('\n\n');
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (i > 3 && i % 40 === 0) return;
    out.push(i > 3 && i % 25 === 0 ? b.replace(/\bthe\b/, 'all the') : b);
    if (i > 3 && i % 50 === 0) out.push(`*Noting also* the new paragraph number ${i} inserted in the later version,`);
  });
  const from = Math.floor(out.length * 0.1);
  const [moved] = out.splice(from, 1);
  out.splice(Math.floor(out.length * 0.9), 0, moved);
  return out.join('\n\n');
}

export async function measureVersions(older: string, unrelated: string, runs: number): Promise<{ measures: Measure[]; facts: string[] }> {
  const newer = nextVersion(older);
  const compare = (a: string, b: string) => compareVersions(parseDocument(a, 'file:///old.unres', 1), parseDocument(b, 'file:///new.unres', 1));
  const result = compare(older, newer);
  const counts = ['inserted', 'deleted', 'changed', 'moved', 'renumbered'].map(k => `${result.changes.filter(c => c.kind === k).length} ${k}`).join(', ');
  const ours = await timeRuns(runs, () => compare(older, newer));
  const peer = await timeRuns(runs, () => diffLines(older, newer));
  const floor = await timeRuns(runs, () => linearPass(older) + linearPass(newer));
  const far = await timeRuns(Math.max(3, runs >> 1), () => compare(older, unrelated));
  const farResult = compare(older, unrelated);
  const farFloor = await timeRuns(Math.max(3, runs >> 1), () => linearPass(older) + linearPass(unrelated));
  return {
    measures: [
      {
        name: 'diff-1MB',
        unit: 'ms',
        ours: summarize(ours),
        peer: summarize(peer),
        floor: summarize(floor),
        runs,
        note: 'peer: a line diff (`diff`’s diffLines) of the same texts',
      },
      {
        name: 'diff-1MB-unrelated',
        unit: 'ms',
        ours: summarize(far),
        peer: null,
        floor: summarize(farFloor),
        runs: Math.max(3, runs >> 1),
        note: `${farResult.changes.length} changes${farResult.approximate ? ', approximate' : ''}`,
      },
    ],
    facts: [`\`diff-1MB\`: ${result.oldUnits} and ${result.newUnits} units; found ${counts}`],
  };
}
