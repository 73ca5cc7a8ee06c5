/**
 * How close a rollover comes to what the General Assembly adopted next: each real pair of the
 * `wannli/mandate-pipeline` extracts converted (pdfText.ts), the earlier one rolled over, and the
 * rollover compared with the later one paragraph by paragraph (docs/versions.md reports the numbers).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, type ResolutionDocument } from '../../server/src/languageService';
import { compareVersions, rolloverText, type Comparison } from '../../server/src/languageService/versions';
import { versionUnits } from '../../server/src/languageService/versions/units';
import { convertPdfText, type PdfTextFile } from './pdfText';

export const EXTRACTED = 'wannli__mandate-pipeline/extracted';

/** A real pair: an earlier text and the next one of its series (or a draft and its adopted text). */
export interface VersionPair {
  readonly from: string;
  readonly to: string;
  /** `rollover`: the adopted text of one session and the next; `adoption`: a draft and its adopted text. */
  readonly kind: 'rollover' | 'adoption';
  readonly note: string;
}

export const VERSION_PAIRS: readonly VersionPair[] = [
  { from: 'A_RES_79_237', to: 'A_RES_80_16', kind: 'rollover', note: 'ICT: open-ended working group 2021–2025, one series' },
  { from: 'A_RES_78_237', to: 'A_RES_79_237', kind: 'rollover', note: 'ICT agenda item, another series: 78/237 is the “Developments …” text, 79/237 the working group’s' },
  { from: 'A_RES_78_16', to: 'A_RES_79_237', kind: 'rollover', note: 'ICT agenda item, another series: 78/16 is the programme of action' },
  { from: 'A_RES_79_246', to: 'A_RES_80_232', kind: 'rollover', note: 'Capital master plan, one series' },
  { from: 'A_C.1_80_L.20', to: 'A_RES_80_16', kind: 'adoption', note: 'ICT: the First Committee draft and the resolution adopted' },
  { from: 'A_80_L.6', to: 'A_RES_80_4', kind: 'adoption', note: 'Embargo: the draft and the resolution adopted' },
];

/** The converted text of one extract, or undefined when the data is absent. */
export function convertedText(dataDir: string, name: string): string | undefined {
  const file = path.join(dataDir, EXTRACTED, `${name}.json`);
  if (!fs.existsSync(file)) return undefined;
  return convertPdfText(JSON.parse(fs.readFileSync(file, 'utf8')) as PdfTextFile);
}

export interface PairResult {
  readonly pair: VersionPair;
  /** Units of the later text, front matter excluded. */
  readonly units: number;
  /** Of those, kept word for word (same place or renumbered). */
  readonly same: number;
  readonly changed: number;
  readonly moved: number;
  readonly inserted: number;
  readonly deleted: number;
  /** Words of the later text's units that the compared text already had, in place, over all its words. */
  readonly wordsKept: number;
  readonly words: number;
  readonly comparison: Comparison;
}

/** Compares `from` (rolled over when the pair is a rollover) with `to`. */
export function comparePair(pair: VersionPair, fromText: string, toText: string, rollOver = pair.kind === 'rollover'): PairResult {
  const fromDoc: ResolutionDocument = parseDocument(fromText, `file:///${pair.from}.unres`, 1);
  const base = rollOver ? parseDocument(rolloverText(fromDoc).text, `file:///${pair.from}.rolled.unres`, 1) : fromDoc;
  const toDoc = parseDocument(toText, `file:///${pair.to}.unres`, 1);
  const comparison = compareVersions(base, toDoc);
  const body = comparison.changes.filter(c => (c.new ?? c.old)!.cls !== 'front matter');
  const count = (kind: string) => body.filter(c => c.kind === kind).length;
  const bodyNewWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let words = 0;
  let units = 0;
  let wordsChanged = 0;
  const reported = new Map(comparison.changes.filter(c => c.new).map(c => [`${c.new!.line}:${c.new!.label}`, c]));
  for (const u of versionUnits(toDoc)) {
    if (u.cls === 'front matter') continue;
    units++;
    const n = bodyNewWords(u.text);
    words += n;
    const c = reported.get(`${u.line + 1}:${u.label}`);
    if (!c || c.kind === 'renumbered') continue;
    if (c.kind === 'inserted') wordsChanged += n;
    else wordsChanged += (c.words ?? []).filter(w => w.op === 'insert').reduce((s, w) => s + bodyNewWords(w.text), 0);
  }
  const changedOrMoved = count('changed') + count('moved') + count('inserted');
  return {
    pair,
    units,
    same: units - changedOrMoved,
    changed: count('changed'),
    moved: count('moved'),
    inserted: count('inserted'),
    deleted: count('deleted'),
    wordsKept: words - wordsChanged,
    words,
    comparison,
  };
}
