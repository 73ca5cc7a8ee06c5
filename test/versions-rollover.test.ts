/**
 * "Roll over to next session" and the `unres diff` / `unres rollover` commands as a user runs them
 * (docs/versions.md).
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../server/src/languageService';
import { compareVersions, comparisonJson, rolloverText, SYMBOL_PLACEHOLDER } from '../server/src/languageService/versions';
import { ordinalWords, readOrdinalWords } from '../server/src/languageService/util/sessions';
import { ROOT } from './util/shared';

const CLI = path.join(ROOT, 'bin/unres.js');
const SEED = path.join(ROOT, 'examples/A-RES-74-29.unres');

function unres(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const roll = (text: string) => rolloverText(parseDocument(text, 'file:///x.unres', 1));

describe('versions: roll over to next session', () => {
  it('reads session ordinals back', () => {
    for (let n = 1; n <= 999; n++) assert.strictEqual(readOrdinalWords(ordinalWords(n)), n);
    assert.strictEqual(readOrdinalWords('Seventy-Sixth'), 76);
    assert.strictEqual(readOrdinalWords('seventy'), undefined);
  });

  it('A/RES/53/130: keeps a recall whose list has an interposed clause as it is, and says why', () => {
    const text =
      '---\nsymbol: A/RES/53/130\nsession: 53\nadopted: 9 December 1998\nstatus: adopted\n---\n\nThe General Assembly,\n\n*Recalling* its resolutions 40/131 of 13 December 1985, establishing the United Nations Voluntary Fund for Indigenous Populations, and 50/156 of 21 December 1995,\n\n1. *Decides* to act.\n';
    const { text: rolled, notes } = roll(text);
    assert.ok(rolled.includes('40/131 of 13 December 1985, establishing the United Nations Voluntary Fund for Indigenous Populations, and 50/156 of 21 December 1995,'));
    assert.ok(
      notes.some(n => /words between its items; add 53\/130 of 9 December 1998 to it by hand/.test(n)),
      notes.join('\n'),
    );
  });

  it('makes the seed a session-75 draft that recalls 74/29, asks for the seventy-sixth session and has no adoption date', () => {
    const seed = fs.readFileSync(SEED, 'utf8');
    const { text } = roll(seed);
    const doc = parseDocument(text, 'file:///r.unres', 1);
    assert.strictEqual(doc.info.status, 'draft');
    assert.strictEqual(doc.info.session, 75);
    assert.strictEqual(doc.info.adopted, undefined);
    assert.strictEqual(doc.info.meeting, undefined);
    assert.strictEqual(doc.info.symbol, undefined);
    assert.ok(text.includes(`\n${SYMBOL_PLACEHOLDER}\n`));
    const recall = doc.parts[0].preambular[0];
    assert.match(
      recall.text,
      /^\*Recalling\* its resolutions 36\/103 of 9 December 1981, .*, 71\/28 of 5 December 2016, 73\/27 of 5 December 2018 and 74\/29 of 12 December 2019,$/,
    );
    assert.match(doc.parts[0].operative[2].text, /provisional agenda of its seventy-sixth session the item/);
    // Every other word kept: the comparison shows only the front matter, the recall and the agenda paragraph.
    const changes = comparisonJson(compareVersions(parseDocument(seed, 'file:///s.unres', 1), doc));
    assert.deepStrictEqual(
      changes.map(c => `${c.kind} ${c.old?.label ?? c.new?.label}`),
      ['changed symbol', 'changed session', 'deleted adopted', 'deleted meeting', 'deleted report', 'changed status', 'changed PP1', 'changed 3'],
    );
  });

  it('checks clean with unres check', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-rollover-'));
    const out = path.join(dir, 'A-75-draft.unres');
    const r = unres(['rollover', '--out', out, SEED]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /Added 74\/29 of 12 December 2019 to the recall on line 15/);
    const check = unres(['check', '--format', 'json', out], dir);
    assert.deepStrictEqual(
      JSON.parse(check.stdout).filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning'),
      [],
    );
    assert.strictEqual(check.status, 0);
    assert.ok(fs.readFileSync(out, 'utf8').includes('74/29 of 12 December 2019'));
  });

  it('adds a recalling paragraph when the preamble recalls none of its own resolutions', () => {
    const text =
      '---\nsymbol: A/RES/79/10\nadopted: 2 December 2024\nstatus: adopted\n---\n\nThe General Assembly,\n\n*Noting* the report,\n\n1. *Requests* a report at its eightieth session;\n\n2. *Decides* to include in the provisional agenda of its eighty-first session the item.\n';
    const { text: rolled, notes } = roll(text);
    assert.ok(rolled.includes('The General Assembly,\n\n*Recalling* its resolution 79/10 of 2 December 2024,\n\n*Noting* the report,'), rolled);
    assert.ok(rolled.includes('a report at its eighty-first session;'), rolled);
    assert.ok(rolled.includes('agenda of its eighty-second session'), rolled);
    assert.ok(rolled.includes('session: 80\n'), rolled);
    assert.ok(notes.some(n => n.startsWith('Added a first preambular paragraph')));
  });

  it('turns a lone recalled resolution into a list in date order, and leaves past sessions alone', () => {
    const text =
      '---\nsymbol: A/RES/79/237\nadopted: 24 December 2024\nstatus: adopted\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 78/237 of 22 December 2023,\n\n1. *Recalls* the decision taken at its seventy-ninth session;\n\n2. *Decides* to consider the matter at its eightieth and eighty-first sessions.\n';
    const { text: rolled } = roll(text);
    assert.ok(rolled.includes('*Recalling* its resolutions 78/237 of 22 December 2023 and 79/237 of 24 December 2024,'), rolled);
    assert.ok(rolled.includes('at its seventy-ninth session;'), rolled);
    assert.ok(rolled.includes('at its eighty-first and eighty-second sessions.'), rolled);
  });

  it('answers on a document with no front matter, an empty one and a broken one, without throwing', () => {
    assert.match(roll('').text, /^---\nsymbol: #.*\nstatus: draft\n---\n/);
    const broken = roll('---\nsymbol: [\n\n*Recalling [its resolution 73/27,\n\n3. *Welcomes*\n');
    assert.ok(broken.notes.length > 0);
    assert.strictEqual(broken.text, '---\nsymbol: [\n\n*Recalling [its resolution 73/27,\n\n3. *Welcomes*\n');
    assert.match(broken.notes.join(' '), /no closing “---”/);
  });
});

describe('unres diff and unres rollover', () => {
  it('exits 0 for the same document, 1 for different ones, 2 for an unreadable one', () => {
    const same = unres(['diff', SEED, SEED]);
    assert.strictEqual(same.status, 0, same.stderr);
    assert.match(same.stdout, /: no changes\n$/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-diff-'));
    const rolled = path.join(dir, 'rolled.unres');
    assert.strictEqual(unres(['rollover', '--out', rolled, SEED]).status, 0);
    const json = unres(['diff', '--format', 'json', SEED, rolled]);
    assert.strictEqual(json.status, 1, json.stderr);
    const changes = JSON.parse(json.stdout) as {
      kind: string;
      old: { label: string; line: number } | null;
      new: { label: string; line: number } | null;
      words?: { op: string; text: string }[];
    }[];
    const agenda = changes.find(c => c.new?.label === '3')!;
    assert.deepStrictEqual({ kind: agenda.kind, old: agenda.old, new: agenda.new }, { kind: 'changed', old: { label: '3', line: 43 }, new: { label: '3', line: 40 } });
    assert.deepStrictEqual(
      agenda.words!.filter(w => w.op !== 'equal'),
      [
        { op: 'delete', text: 'fifth' },
        { op: 'insert', text: 'sixth' },
      ],
    );
    const text = unres(['diff', SEED, rolled]);
    assert.strictEqual(text.status, 1);
    assert.ok(
      text.stdout.includes(
        `${rolled}:40: OP 3: changed: *Decides* to include in the provisional agenda of its seventy-[-fifth-]{+sixth+} session the item entitled “Developments in the …`,
      ),
      text.stdout,
    );
    const missing = unres(['diff', SEED, path.join(dir, 'nothing.unres')]);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /cannot read/);
    assert.strictEqual(unres(['diff', SEED]).status, 2);
    assert.strictEqual(unres(['rollover']).status, 2);
  });

  it('compares empty files as the same', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-diff-'));
    fs.writeFileSync(path.join(dir, 'a.unres'), '');
    fs.writeFileSync(path.join(dir, 'b.unres'), '\n\n');
    const r = unres(['diff', path.join(dir, 'a.unres'), path.join(dir, 'b.unres')]);
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  });
});
