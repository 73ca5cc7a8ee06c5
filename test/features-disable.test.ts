/**
 * "Disable <rule> for this line" and "… for this file" (issue 10, item 7): offered on every
 * diagnostic, writing the inline directive of docs/markup.md; once applied, the diagnostic is gone
 * and nothing else the checker reports changes.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace, parseDocument } from '../server/src/languageService';

const URI = 'file:///ws/doc.unres';
const svc = createLanguageService({ workspace: new InMemoryWorkspace({}) });
let version = 0;
const doc = (text: string) => ({ uri: URI, version: ++version, getText: () => text });

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), [...edits]);
}

async function actionsOf(text: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return svc.getCodeActions(doc(text), diagnostic.range, { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] });
}

/** The disabling action of `diagnostic` for `scope`, applied. */
async function disabled(text: string, diagnostic: Diagnostic, scope: 'line' | 'file'): Promise<string> {
  const actions = await actionsOf(text, diagnostic);
  const action = actions.find(a => a.title === `Disable ${String(diagnostic.code)} for this ${scope}`);
  assert.ok(action, `no "for this ${scope}" on ${String(diagnostic.code)} at line ${diagnostic.range.start.line}: ${actions.map(a => a.title).join(' | ')}`);
  assert.strictEqual(action.kind, 'quickfix');
  assert.strictEqual(action.isPreferred, false);
  return apply(text, action.edit!.changes![URI]);
}

/** What the checker reports, position aside: code, severity and message. */
const findings = (text: string) => svc.getDiagnostics(doc(text)).map(d => `${String(d.code)} ${d.severity} ${d.message}`);

/** `a` without one occurrence of each of `removed`. */
function without(a: readonly string[], removed: readonly string[]): string[] {
  const rest = [...a];
  for (const r of removed) {
    const k = rest.indexOf(r);
    if (k >= 0) rest.splice(k, 1);
  }
  return rest;
}

const DRAFT = `---
symbol: A/C.3/80/L.12
status: draft
---

The General Assembly,

Noting its resolution 79/16 of 4 December 2024,

1. *Welcomes* the report of the Secretary-General;

3. *Decides* to remain seized of the matter
`;

describe('disable quick fixes (issue 10, item 7)', () => {
  it('writes <!-- unres-disable-line CODE --> at the end of the line, and the diagnostic is gone', async () => {
    const d = svc.getDiagnostics(doc(DRAFT)).find(x => x.code === 'phrase/emphasis')!;
    const after = await disabled(DRAFT, d, 'line');
    assert.strictEqual(after, DRAFT.replace('4 December 2024,', '4 December 2024, <!-- unres-disable-line phrase/emphasis -->'));
    assert.deepStrictEqual(findings(after), without(findings(DRAFT), [`phrase/emphasis ${d.severity} ${d.message}`]));
  });

  it('writes <!-- unres-disable-file CODE --> above the body, after the front matter, and every such diagnostic is gone', async () => {
    const d = svc.getDiagnostics(doc(DRAFT)).find(x => x.code === 'numbering/operative')!;
    const after = await disabled(DRAFT, d, 'file');
    assert.strictEqual(after, DRAFT.replace('---\n\nThe General', '---\n\n<!-- unres-disable-file numbering/operative -->\n\nThe General'));
    assert.ok(!findings(after).some(f => f.startsWith('numbering/operative')));
    assert.deepStrictEqual(
      findings(after),
      findings(DRAFT).filter(f => !f.startsWith('numbering/operative')),
    );
  });

  it('adds the code to a directive of the same kind already there', async () => {
    const once = await disabled(
      DRAFT,
      svc.getDiagnostics(doc(DRAFT)).find(x => x.code === 'numbering/operative')!,
      'file',
    );
    const twice = await disabled(
      once,
      svc.getDiagnostics(doc(once)).find(x => x.code === 'punctuation/operative')!,
      'file',
    );
    assert.ok(twice.includes('<!-- unres-disable-file numbering/operative punctuation/operative -->\n\nThe General'), twice);
    assert.strictEqual(twice.split('unres-disable-file').length, 2);
    const text = '1. *Welcomes* the report;\n\n3. Requests a report\n';
    const on2 = (t: string, code: string) => svc.getDiagnostics(doc(t)).find(x => x.code === code && x.range.start.line === 2)!;
    const line = await disabled(text, on2(text, 'numbering/operative'), 'line');
    const both = await disabled(line, on2(line, 'phrase/emphasis'), 'line');
    assert.strictEqual(both, '1. *Welcomes* the report;\n\n3. Requests a report <!-- unres-disable-line numbering/operative phrase/emphasis -->\n');
    assert.ok(!svc.getDiagnostics(doc(both)).some(x => x.code === 'numbering/operative' || x.code === 'phrase/emphasis'));
    assert.ok(svc.getDiagnostics(doc(both)).some(x => x.code === 'punctuation/operative' && x.range.start.line === 2));
  });

  it('offers only the file form in the front matter, and places the file directive where no `---` can turn into front matter', async () => {
    const text = '---\nsymbol: A/C.1/74/L.9\ncolour: blue\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n';
    const d = svc.getDiagnostics(doc(text)).find(x => x.code === 'frontmatter/key')!;
    assert.deepStrictEqual(
      (await actionsOf(text, d)).filter(a => a.title.startsWith('Disable')).map(a => a.title),
      ['Disable frontmatter/key for this file'],
    );
    const after = await disabled(text, d, 'file');
    assert.ok(!findings(after).some(f => f.startsWith('frontmatter/key')), 'the file directive reaches the front matter');
    assert.strictEqual(parseDocument(after).frontMatter?.entries.length, 2);
  });

  it('does not write a line directive where its "-->" would close an open comment', async () => {
    const text = 'The General Assembly,\n\n<!-- never closed\n\n1. *Decides* x.';
    const d = svc.getDiagnostics(doc(text)).find(x => x.code === 'structure/comment')!;
    const titles = (await actionsOf(text, d)).map(a => a.title);
    assert.ok(!titles.includes('Disable structure/comment for this line'), titles.join(' | '));
    const after = await disabled(text, d, 'file');
    assert.ok(after.startsWith('<!-- unres-disable-file structure/comment -->\n\nThe General Assembly,'));
    assert.deepStrictEqual(findings(after), []);
  });

  it('keeps CRLF line ends', async () => {
    const text = DRAFT.replace(/\n/g, '\r\n');
    const after = await disabled(
      text,
      svc.getDiagnostics(doc(text)).find(x => x.code === 'numbering/operative')!,
      'file',
    );
    assert.ok(!/[^\r]\n/.test(after));
  });

  it('on every diagnostic of examples/faulty.unres: each form silences its diagnostic and changes nothing else', async function () {
    this.timeout(120_000);
    const text = fs.readFileSync(path.resolve(__dirname, '../../examples/faulty.unres'), 'utf8');
    const before = svc.getDiagnostics(doc(text));
    assert.ok(before.length >= 20);
    const all = findings(text);
    for (const d of before) {
      const key = `${String(d.code)} ${d.severity} ${d.message}`;
      const file = await disabled(text, d, 'file');
      assert.deepStrictEqual(
        findings(file),
        all.filter(f => !f.startsWith(`${String(d.code)} `)),
        `file form of ${key}`,
      );
      if (d.range.start.line <= (parseDocument(text).frontMatter?.range.end.line ?? -1)) continue;
      const line = await disabled(text, d, 'line');
      const after = findings(line);
      assert.ok(!svc.getDiagnostics(doc(line)).some(x => x.code === d.code && x.range.start.line === d.range.start.line), `line form of ${key}`);
      // Only diagnostics of that code on that line go; all else stays as it was.
      const gone = without(all, after);
      assert.ok(gone.length >= 1 && gone.every(g => g.startsWith(`${String(d.code)} `)), `line form of ${key} removed ${JSON.stringify(gone)}`);
      assert.deepStrictEqual(without(after, all), [], `line form of ${key} added something`);
    }
  });
});
