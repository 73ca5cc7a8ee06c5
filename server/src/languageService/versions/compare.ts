/**
 * Compares two versions of a resolution paragraph by paragraph, as negotiators do: a paragraph
 * keeps its identity across renumbering and moves, so one inserted paragraph does not turn every
 * later one into a change.
 *
 * 1. The units of both versions (`versionUnits`) are aligned on their exact text (Myers' diff of
 *    the sequences, `diff`'s `diffArrays`, bounded by an edit budget on huge unrelated inputs).
 * 2. The units left over are paired by word similarity (Dice coefficient of their word bags at
 *    least {@link SIMILARITY}), best pairs first, among candidates sharing their rarest words.
 * 3. A pair that keeps its place in the order of the others (the longest increasing run of old
 *    positions, per parent for subparagraphs) is `changed` when its text differs, `renumbered`
 *    when only its label does; any other pair is `moved`. The rest are `inserted` or `deleted`.
 *
 * Pure: two models in, a list of changes out; the CLI, the server and the tests share it.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Range } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';
import { versionUnits, type UnitClass, type VersionUnit } from './units';

export type ChangeKind = 'inserted' | 'deleted' | 'changed' | 'moved' | 'renumbered';

/** One side of a change: where the unit is in that version. */
export interface ChangeSide {
  readonly label: string;
  /** 1-based line of the unit's first line. */
  readonly line: number;
  readonly range: Range;
  readonly cls: UnitClass;
  readonly text: string;
}

export interface WordChange {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

export interface VersionChange {
  readonly kind: ChangeKind;
  readonly old: ChangeSide | null;
  readonly new: ChangeSide | null;
  /** For `changed`, and `moved` when the text changed too: the word-level changes, old to new. */
  readonly words?: readonly WordChange[];
}

export interface Comparison {
  /** In the order of the new version; deleted units where they stood, after what preceded them. */
  readonly changes: readonly VersionChange[];
  /** Units compared, old and new. */
  readonly oldUnits: number;
  readonly newUnits: number;
  /** Whether the exact alignment gave up on its edit budget (huge, mostly different versions): pairs may be missed, never wrong. */
  readonly approximate: boolean;
}

/** Word similarity at or above which two leftover units are the same paragraph, changed. */
export const SIMILARITY = 0.5;
/** Most single edits the exact alignment spends before falling back to similarity pairing alone. */
const EDIT_BUDGET = 2_000;
/** Rarest words of a unit looked up to find its candidates, and most candidates scored per unit. */
const PROBE_WORDS = 6;
const MAX_CANDIDATES = 32;

/** Whether a comparison found a real difference (anything but renumbering). */
export function hasRealChanges(c: Comparison): boolean {
  return c.changes.some(x => x.kind !== 'renumbered');
}

export function compareVersions(oldDoc: ResolutionDocument, newDoc: ResolutionDocument): Comparison {
  const a = versionUnits(oldDoc);
  const b = versionUnits(newDoc);
  const partnerOfOld = new Array<number>(a.length).fill(-1);
  const partnerOfNew = new Array<number>(b.length).fill(-1);
  const link = (i: number, j: number) => {
    partnerOfOld[i] = j;
    partnerOfNew[j] = i;
  };

  // 1. Exact alignment. Front matter entries pair by key, the rest by class and text.
  const key = (u: VersionUnit) => (u.cls === 'front matter' ? `fm\u0000${u.label}` : `${u.cls}\u0000${u.text}`);
  const ka = a.map(key);
  const kb = b.map(key);
  let approximate = false;
  // Each unit of one side not matched on the other costs an edit: when even that lower bound is
  // past the budget (unrelated versions), the alignment would only spend it and give up.
  const parts = minimumEdits(ka, kb) <= EDIT_BUDGET ? diffArrays(ka, kb, { maxEditLength: EDIT_BUDGET }) : undefined;
  if (parts) {
    let i = 0;
    let j = 0;
    for (const part of parts) {
      if (part.added) j += part.count ?? part.value.length;
      else if (part.removed) i += part.count ?? part.value.length;
      else for (let k = 0; k < (part.count ?? part.value.length); k++) link(i++, j++);
    }
  } else {
    approximate = true;
  }

  // Front matter: same key, any value.
  const fmOld = new Map<string, number>();
  a.forEach((u, i) => u.cls === 'front matter' && partnerOfOld[i] < 0 && !fmOld.has(u.label) && fmOld.set(u.label, i));
  b.forEach((u, j) => {
    if (u.cls !== 'front matter' || partnerOfNew[j] >= 0) return;
    const i = fmOld.get(u.label);
    if (i !== undefined && partnerOfOld[i] < 0) link(i, j);
  });

  // 2. Similarity pairing of the leftovers, best first.
  pairBySimilarity(a, b, partnerOfOld, partnerOfNew, link);

  // 3. Classify the pairs.
  const moved = movedPairs(a, b, partnerOfOld, partnerOfNew);
  const side = (u: VersionUnit): ChangeSide => ({ label: u.label, line: u.line + 1, range: u.range, cls: u.cls, text: u.text });
  const changeAtNew: VersionChange[][] = b.map(() => []);
  const leading: VersionChange[] = [];

  for (let j = 0; j < b.length; j++) {
    const i = partnerOfNew[j];
    if (i < 0) {
      changeAtNew[j].push({ kind: 'inserted', old: null, new: side(b[j]) });
      continue;
    }
    const sameText = a[i].text === b[j].text;
    if (moved.has(j)) {
      changeAtNew[j].push({ kind: 'moved', old: side(a[i]), new: side(b[j]), ...(sameText ? {} : { words: wordChanges(a[i].text, b[j].text) }) });
    } else if (!sameText) {
      changeAtNew[j].push({ kind: 'changed', old: side(a[i]), new: side(b[j]), words: wordChanges(a[i].text, b[j].text) });
    } else if (a[i].label !== b[j].label) {
      changeAtNew[j].push({ kind: 'renumbered', old: side(a[i]), new: side(b[j]) });
    }
  }
  // A deleted unit is reported after the new place of the nearest old unit before it that was kept.
  let anchor = -1;
  for (let i = 0; i < a.length; i++) {
    const j = partnerOfOld[i];
    if (j >= 0) {
      if (!moved.has(j)) anchor = j;
      continue;
    }
    const change: VersionChange = { kind: 'deleted', old: side(a[i]), new: null };
    if (anchor < 0) leading.push(change);
    else changeAtNew[anchor].push(change);
  }
  // Keep the kept unit's own entry first, then the deletions that followed it.
  for (const list of changeAtNew) list.sort((x, y) => Number(x.kind === 'deleted') - Number(y.kind === 'deleted'));
  return { changes: [...leading, ...changeAtNew.flat()], oldUnits: a.length, newUnits: b.length, approximate };
}

/** A lower bound of the edits between two sequences: the elements of each without a partner in the other. */
function minimumEdits(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const y of b) {
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      common++;
      counts.set(y, n - 1);
    }
  }
  return a.length + b.length - 2 * common;
}

/**
 * Word-level changes from one text to the other. A run of changes separated only by spaces reads
 * as one replacement (`[-including to convene-]{+as well as+}`), not as alternating words.
 */
export function wordChanges(oldText: string, newText: string): WordChange[] {
  const pieces = diffWordsWithSpace(oldText, newText).map(p => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }) as WordChange);
  const out: WordChange[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (p.op === 'delete') del += p.text;
    else if (p.op === 'insert') ins += p.text;
    else if (
      (del || ins) &&
      /^\s+$/.test(p.text) &&
      pieces[k + 1] &&
      pieces[k + 1].op !== 'equal' &&
      (del || pieces[k + 1].op === 'delete') &&
      (ins || pieces[k + 1].op === 'insert')
    ) {
      // Spaces between two changes of a replacement belong to both sides.
      del += p.text;
      ins += p.text;
    } else {
      flush();
      const last = out[out.length - 1];
      if (last && last.op === 'equal') out[out.length - 1] = { op: 'equal', text: last.text + p.text };
      else out.push(p);
    }
  }
  flush();
  return out;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[*_]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(w => w.length > 0);
}

/** Dice coefficient of two word bags. */
function similarity(x: Map<string, number>, xSize: number, y: Map<string, number>, ySize: number): number {
  if (xSize + ySize === 0) return 1;
  let common = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const [w, n] of small) common += Math.min(n, large.get(w) ?? 0);
  return (2 * common) / (xSize + ySize);
}

function bagOf(list: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of list) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

function pairBySimilarity(a: readonly VersionUnit[], b: readonly VersionUnit[], partnerOfOld: number[], partnerOfNew: number[], link: (i: number, j: number) => void): void {
  const leftOld = a.map((_, i) => i).filter(i => partnerOfOld[i] < 0 && a[i].cls !== 'front matter');
  const leftNew = b.map((_, j) => j).filter(j => partnerOfNew[j] < 0 && b[j].cls !== 'front matter');
  if (leftOld.length === 0 || leftNew.length === 0) return;

  const oldWords = new Map<number, string[]>(leftOld.map(i => [i, words(a[i].text)]));
  const oldBags = new Map<number, Map<string, number>>();
  const bagOld = (i: number) => oldBags.get(i) ?? oldBags.set(i, bagOf(oldWords.get(i)!)).get(i)!;
  // Inverted index: (class, word) → leftover old units holding it.
  const index = new Map<string, number[]>();
  for (const i of leftOld) {
    for (const w of new Set(oldWords.get(i))) {
      const k = `${a[i].cls}\u0000${w}`;
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  }
  const emptyOld = new Map<UnitClass, number[]>();
  for (const i of leftOld) if (oldWords.get(i)!.length === 0) (emptyOld.get(a[i].cls) ?? emptyOld.set(a[i].cls, []).get(a[i].cls)!).push(i);

  const pairs: { i: number; j: number; score: number }[] = [];
  for (const j of leftNew) {
    const list = words(b[j].text);
    const bag = bagOf(list);
    const probes = [...bag.keys()]
      .map(w => index.get(`${b[j].cls}\u0000${w}`) ?? [])
      .filter(l => l.length > 0)
      .sort((x, y) => x.length - y.length)
      .slice(0, PROBE_WORDS);
    const candidates = new Set<number>();
    for (const l of probes) {
      for (const i of l) {
        if (candidates.size >= MAX_CANDIDATES) break;
        candidates.add(i);
      }
    }
    if (list.length === 0) for (const i of emptyOld.get(b[j].cls) ?? []) candidates.add(i);
    for (const i of candidates) {
      // Dice cannot reach the threshold when one text is far longer than the other.
      const n = oldWords.get(i)!.length;
      if ((2 * Math.min(n, list.length)) / Math.max(1, n + list.length) < SIMILARITY && n + list.length > 0) continue;
      const score = similarity(bagOld(i), oldWords.get(i)!.length, bag, list.length);
      if (score >= SIMILARITY) pairs.push({ i, j, score });
    }
  }
  // Best first; among equals, the pair nearest in relative position.
  const rel = (i: number, j: number) => Math.abs(i / Math.max(1, a.length) - j / Math.max(1, b.length));
  pairs.sort((x, y) => y.score - x.score || rel(x.i, x.j) - rel(y.i, y.j));
  for (const { i, j } of pairs) if (partnerOfOld[i] < 0 && partnerOfNew[j] < 0) link(i, j);
}

/**
 * New indexes of the pairs that left their place: top-level units out of the longest increasing
 * run of old positions; a subparagraph that changed parents, or left its place among its siblings.
 */
function movedPairs(a: readonly VersionUnit[], b: readonly VersionUnit[], partnerOfOld: readonly number[], partnerOfNew: readonly number[]): Set<number> {
  const moved = new Set<number>();
  const groups = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    const i = partnerOfNew[j];
    if (i < 0) continue;
    const oldParent = a[i].parent;
    const newParent = b[j].parent;
    if (oldParent === undefined && newParent === undefined) {
      (groups.get('top') ?? groups.set('top', []).get('top')!).push(j);
    } else if (oldParent === undefined || newParent === undefined || partnerOfOld[oldParent] !== newParent) {
      moved.add(j);
    } else {
      const g = `p${newParent}`;
      (groups.get(g) ?? groups.set(g, []).get(g)!).push(j);
    }
  }
  for (const js of groups.values()) {
    // Unchanged pairs weigh more: of two paragraphs that swapped places, the changed one is the one that moved.
    const keep = heaviestIncreasing(
      js.map(j => partnerOfNew[j]),
      js.map(j => (a[partnerOfNew[j]].text === b[j].text ? 3 : 2)),
    );
    js.forEach((j, k) => keep.has(k) || moved.add(j));
  }
  return moved;
}

/**
 * Positions (in `values`, distinct non-negative integers) of an increasing subsequence of greatest
 * total weight: a Fenwick tree of the best weight ending at each value, O(n log n).
 */
function heaviestIncreasing(values: readonly number[], weights: readonly number[]): Set<number> {
  const size = values.reduce((m, v) => Math.max(m, v), -1) + 2;
  const tree = new Array<number>(size + 1).fill(0);
  const at = new Array<number>(size + 1).fill(-1);
  const best = new Array<number>(values.length).fill(0);
  const previous = new Array<number>(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    // The best chain ending below values[k].
    let top = 0;
    let from = -1;
    for (let i = values[k]; i > 0; i -= i & -i) {
      if (tree[i] > top) {
        top = tree[i];
        from = at[i];
      }
    }
    best[k] = top + weights[k];
    previous[k] = from;
    for (let i = values[k] + 1; i <= size; i += i & -i) {
      if (best[k] > tree[i]) {
        tree[i] = best[k];
        at[i] = k;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < values.length; k++) if (end < 0 || best[k] > best[end]) end = k;
  const keep = new Set<number>();
  for (let k = end; k >= 0; k = previous[k]) keep.add(k);
  return keep;
}
