/**
 * Errors planted into real texts the checker was not developed on (issue 10, "done when"): the
 * General Assembly resolutions of sessions 78–80 whose official PDFs the `wannli/mandate-pipeline`
 * data extracted, converted by test/realdata/pdfText.ts (A/RES/78/237 and 79/237, used while
 * developing the versions features, are left out). Each text must give no error as it is; each
 * planted error, put alone into a copy of the text, must be reported on its line: a wrong year, a
 * list out of order, a skipped number, a wrong final mark, a hyphen in a symbol, and a wrong date in
 * a recall list after an item with parts (`36/87 A and B of 9 December 1981`, A/RES/79/16) and
 * after an interposed clause (`…, establishing the Fund, and 50/156 of …`, A/RES/53/130).
 * The figures are those of docs/real-texts.md.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { convertPdfText } from './realdata/pdfText';
import { describeWithData, SHARED_DATA } from './util/shared';

const DIR = path.join(SHARED_DATA, 'wannli__mandate-pipeline/extracted');
const SEEN = new Set(['A_RES_78_237.json', 'A_RES_79_237.json']);
const DATED = String.raw`\d+\/\d+ of \d{1,2} [A-Z][a-z]+ \d{4}`;

interface Plant {
  readonly kind: string;
  readonly code: string;
  readonly line: number;
  readonly text: string;
}

/** The plants of one converted text, in its body (never the front matter), each kind at most once (dates twice). */
function plantsOf(lines: readonly string[]): Plant[] {
  const plants: Plant[] = [];
  const body = lines.indexOf('---', 1) + 1;
  const once = (kind: string, code: string, line: number, text: string | undefined, most = 1) => {
    if (text !== undefined && text !== lines[line] && plants.filter(p => p.kind === kind).length < most) plants.push({ kind, code, line, text });
  };
  lines.forEach((l, i) => {
    if (i < body) return;
    const date = /(\d+\/\d+(?: [A-Z](?: (?:and|to) [A-Z])?)?|\d+ \([IVXL]+\)) of (\d{1,2} [A-Z][a-z]+ )(\d{4})/.exec(l);
    once('wrong year', 'citation/date', i, date ? l.replace(date[0], date[0].replace(/\d{4}$/, String(Number(date[3]) + 10))) : undefined, 2);
    const pair = new RegExp(`(${DATED}), (${DATED})`).exec(l);
    once('list out of order', 'citation/order', i, pair ? l.replace(pair[0], `${pair[2]}, ${pair[1]}`) : undefined);
    once('skipped number', 'numbering/operative', i, /^2\. /.test(l) ? l.replace(/^2\./, '3.') : undefined);
    once('operative mark', 'punctuation/operative', i, /^3\. .*;$/.test(l) ? l.replace(/;$/, '.') : undefined);
    once('preambular mark', 'punctuation/preambular', i, /^\*[A-Z].*,$/.test(l) ? l.replace(/,$/, ';') : undefined);
    const symbol = /(resolutions? )(\d{2})\/(\d+)/.exec(l);
    once('hyphen in a symbol', 'citation/format', i, symbol ? l.replace(symbol[0], `${symbol[1]}${symbol[2]}-${symbol[3]}`) : undefined);
    const recall = new RegExp(`^(\\*Recalling\\*(?: also)? its resolutions? )(${DATED})`).exec(l);
    if (recall) {
      once('date after "36/87 A and B"', 'citation/date', i, l.replace(recall[0], `${recall[1]}36/87 A and B of 9 December 1981, 37/75 of 9 December 1992, ${recall[2]}`));
      once(
        'date after an interposed clause',
        'citation/date',
        i,
        l.replace(recall[0], `${recall[1]}40/131 of 13 December 1985, establishing the Fund, and 50/156 of 21 December 2005, ${recall[2]}`),
      );
    }
  });
  return plants;
}

describeWithData('planted errors in real texts not seen while developing (mandate-pipeline, GA sessions 78–80)', function () {
  this.timeout(600_000);
  const service = createLanguageService({ workspace: new InMemoryWorkspace({}) });
  let version = 0;
  const check = (text: string): Diagnostic[] => service.getDiagnostics({ uri: 'file:///planted.unres', version: ++version, getText: () => text });
  const texts = () =>
    fs
      .readdirSync(DIR)
      .filter(f => /^A_RES_/.test(f) && !SEEN.has(f))
      .sort()
      .map(file => {
        const data = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as { symbol: string; title?: string; text: string };
        return { file, text: convertPdfText(data) };
      });

  it('reports no error on the texts as the UN adopted them', () => {
    const errors = texts().flatMap(({ file, text }) =>
      check(text)
        .filter(d => d.severity === DiagnosticSeverity.Error)
        .map(d => `${file}:${d.range.start.line + 1} ${String(d.code)} ${d.message}`),
    );
    assert.deepStrictEqual(errors, []);
  });

  it('finds every error planted in them, including in lists with parts and interposed clauses', () => {
    const tally = new Map<string, [number, number]>();
    const missed: string[] = [];
    let count = 0;
    for (const { file, text } of texts()) {
      count++;
      const lines = text.split('\n');
      const before = new Set(check(text).map(d => `${String(d.code)}@${d.range.start.line}`));
      for (const plant of plantsOf(lines)) {
        const copy = [...lines];
        copy[plant.line] = plant.text;
        const hit = check(copy.join('\n')).some(
          d =>
            d.severity !== undefined &&
            d.severity <= DiagnosticSeverity.Warning &&
            d.code === plant.code &&
            d.range.start.line <= plant.line &&
            d.range.end.line >= plant.line &&
            !before.has(`${String(d.code)}@${d.range.start.line}`),
        );
        const t = tally.get(plant.kind) ?? [0, 0];
        tally.set(plant.kind, [t[0] + 1, t[1] + (hit ? 1 : 0)]);
        if (!hit) missed.push(`${file}:${plant.line + 1} ${plant.kind}: ${plant.text.slice(0, 120)}`);
      }
    }
    const total = [...tally.values()].reduce((a, [p, f]) => [a[0] + p, a[1] + f], [0, 0]);
    console.log(`      ${count} texts, ${total[0]} errors planted, ${total[1]} found`);
    for (const [kind, [planted, found]] of tally) console.log(`        ${kind.padEnd(32)} ${found}/${planted}`);
    assert.ok(count >= 20 && total[0] >= 150, `${count} texts, ${total[0]} plants`);
    assert.deepStrictEqual(missed, []);
  });
});
