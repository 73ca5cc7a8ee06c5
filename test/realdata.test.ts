/**
 * Real adopted texts that no one here wrote: every modern resolution of the UN-EOSG-Analytics data
 * (General Assembly session 45 on, Security Council from 1990), converted into the markup and
 * checked by the language service. An adopted text is, by definition, correct: every error the
 * checker reports on one is a bug in the checker or the conversion — unless it is a true mistake of
 * the official text, listed with its reason in {@link TRUE_MISTAKES}, or a fault of the data, listed
 * with its reason in `DATA_FAULTS` (`realdata/convert.ts`); the two are counted apart.
 *
 * Set UNRES_REALDATA_OUT=<dir> to write the converted `.unres` files there for reading.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { convertEosg, DATA_FAULTS, isModernFile, symbolOfFile, type Conversion, type DataFault, type EosgParagraph } from './realdata/convert';
import { describeWithData, SHARED_DATA } from './util/shared';

const DATA = SHARED_DATA;
const EOSG = `${DATA}/UN-EOSG-Analytics__un-mandates-housekeeping/paragraphs`;
const INDEX = `${DATA}/_derived/eosg_paragraph_files_index.csv`;

/**
 * Errors that are true mistakes of the official text, by `file code line-text-fragment`, each with
 * its reason.
 */
const TRUE_MISTAKES: readonly { file: string; code: string; fragment: string; reason: string }[] = [
  // S/RES/1540 (2004) cites "Security Council resolution 1267 and those to whom resolution 1373
  // applies" without the years. Until issue 10 that was an error listed here; an adopted text may
  // print it so, and it is now a warning with the year from the catalog (test/rules-citations.test.ts).
];

const SEVERITY_NAME: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Adoption dates (ISO) by file name, from the derived index of the data. */
function adoptionDates(): Map<string, string> {
  const dates = new Map<string, string>();
  if (!fs.existsSync(INDEX)) return dates;
  for (const line of fs.readFileSync(INDEX, 'utf8').split('\n').slice(1)) {
    // symbol,file,title,adoption_date,…: the title may hold quoted commas, the file never does.
    const file = line.split(',')[1];
    const date = /,(\d{4}-\d{2}-\d{2}),/.exec(line)?.[1];
    if (file && date) dates.set(file, date);
  }
  return dates;
}

interface Checked {
  readonly conversion: Conversion;
  readonly diagnostics: readonly Diagnostic[];
}

function checkAll(): Checked[] {
  const files = fs.existsSync(EOSG) ? fs.readdirSync(EOSG).filter(isModernFile).sort() : [];
  const dates = adoptionDates();
  const service = createLanguageService({
    workspace: new InMemoryWorkspace(),
    log: m => {
      throw new Error(`service logged: ${m}`);
    },
  });
  const out = process.env.UNRES_REALDATA_OUT;
  return files.map(file => {
    const items = JSON.parse(fs.readFileSync(path.join(EOSG, file), 'utf8')) as EosgParagraph[];
    const conversion = convertEosg(file, items, dates.get(file));
    if (conversion.skipped) return { conversion, diagnostics: [] };
    if (out) fs.writeFileSync(path.join(out, file.replace(/\.json$/, '.unres')), conversion.text);
    const uri = `file:///realdata/${file.replace(/\.json$/, '.unres')}`;
    const diagnostics = service.getDiagnostics({ uri, version: 1, getText: () => conversion.text });
    return { conversion, diagnostics };
  });
}

function isTrueMistake(file: string, d: Diagnostic, line: string): boolean {
  return TRUE_MISTAKES.some(m => m.file === file && m.code === d.code && line.includes(m.fragment));
}

/** The data fault that explains an error: same code, message and line. */
function dataFaultOf(c: Conversion, d: Diagnostic, line: string): DataFault | undefined {
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  return c.dataFaults.find(f => f.code === d.code && message.includes(f.message) && line.includes(f.fragment));
}

describeWithData('real adopted texts (UN-EOSG-Analytics paragraphs, GA session 45 on and SC from 1990)', function () {
  this.timeout(120000);
  let checked: Checked[] = [];
  before(() => {
    checked = checkAll();
  });

  it('finds the modern files and names them by their symbols', () => {
    if (!fs.existsSync(EOSG)) return this.ctx.skip?.();
    assert.ok(checked.length >= 50, `only ${checked.length} modern files`);
    assert.strictEqual(symbolOfFile('A_RES_57_283_B.json'), 'A/RES/57/283 B');
    assert.strictEqual(symbolOfFile('A_RES_ES-10_17.json'), 'A/RES/ES-10/17');
    assert.strictEqual(symbolOfFile('S_RES_1244(1999).json'), 'S/RES/1244 (1999)');
    assert.ok(!isModernFile('A_RES_44_128.json') && !isModernFile('A_RES_538(VI).json') && !isModernFile('S_RES_425(1978).json'));
  });

  it('converts all but the few files whose tagging is too noisy, each skip with its reason', () => {
    const skipped = checked.filter(c => c.conversion.skipped);
    assert.ok(skipped.length <= 5, `${skipped.length} skipped`);
    for (const c of skipped) assert.ok(c.conversion.skipped!.length > 20, c.conversion.file);
    for (const c of checked.filter(c => !c.conversion.skipped)) {
      assert.match(c.conversion.text, /^---\nsymbol: .+\norgan: .+\n/, c.conversion.file);
      assert.ok(c.conversion.paragraphs > 0, c.conversion.file);
    }
  });

  it('reports no error on a real adopted text', () => {
    const byCode = new Map<string, number>();
    const errors: string[] = [];
    let paragraphs = 0;
    let converted = 0;
    let allowed = 0;
    const faultsSeen = new Map<DataFault, number>();
    for (const { conversion, diagnostics } of checked) {
      if (conversion.skipped) continue;
      converted++;
      paragraphs += conversion.paragraphs;
      for (const d of diagnostics) {
        const key = `${SEVERITY_NAME[d.severity ?? 1]} ${String(d.code)}`;
        byCode.set(key, (byCode.get(key) ?? 0) + 1);
        if (d.severity !== DiagnosticSeverity.Error) continue;
        const line = conversion.text.split('\n')[d.range.start.line] ?? '';
        const fault = dataFaultOf(conversion, d, line);
        if (isTrueMistake(conversion.file, d, line)) allowed++;
        else if (fault) faultsSeen.set(fault, (faultsSeen.get(fault) ?? 0) + 1);
        else {
          errors.push(
            `${conversion.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}\n      ${line.slice(Math.max(0, d.range.start.character - 40), d.range.start.character + 80)}`,
          );
        }
      }
    }
    const notes = checked.reduce((n, c) => n + c.conversion.notes.length, 0);
    console.log(
      `      ${converted} files converted (${paragraphs} paragraphs, ${notes} conversion notes), ${checked.length - converted} skipped; ${allowed} errors are true mistakes of the official texts, ${[...faultsSeen.values()].reduce((a, b) => a + b, 0)} are faults of the data`,
    );
    for (const [f, count] of faultsSeen) console.log(`      data fault ${f.file} (${count} × ${f.code}): ${f.reason}`);
    for (const [key, count] of [...byCode].sort((a, b) => b[1] - a[1])) console.log(`      ${String(count).padStart(5)}  ${key}`);
    if (process.env.UNRES_REALDATA_VERBOSE) for (const c of checked) for (const n of c.conversion.notes) console.log(`      note ${c.conversion.file}: ${n}`);
    assert.deepStrictEqual(errors, []);
    // Each data fault explains exactly one error: a stale entry, or one that excuses more, fails.
    if (checked.length > 0) {
      const counts = DATA_FAULTS.map(f => `${f.file} ${f.code}: ${faultsSeen.get(f) ?? 0}`);
      assert.deepStrictEqual(
        counts,
        DATA_FAULTS.map(f => `${f.file} ${f.code}: 1`),
      );
    }
  });
});
