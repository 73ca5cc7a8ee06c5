/**
 * The service's diagnostics after any sequence of edits (an edit's parse reuses blocks, and the
 * rules reuse their findings for citations that did not change) and catalog changes are those of
 * a fresh parse checked from scratch against the same catalog.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { createLanguageService, InMemoryWorkspace, parseDocument } from '../server/src/languageService';
import { computeDiagnostics } from '../server/src/languageService/rules';

const RUNS = Number(process.env.UNRES_FUZZ_RUNS ?? 100);
const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

/** What drafters type into citations and paragraphs: items, dates, separators, marks, lines. */
const TYPED = [
  '\n',
  '\n\n',
  'x',
  ', ',
  ' and ',
  ';',
  '.',
  '9',
  '/',
  '2. *Decides* ',
  '(a) ',
  'resolution 79/901 of 1 December 2024',
  'resolutions 73/27 of 5 December 2018, 36/103 of 9 December 1981 and 73/27 of 5 December 2018',
  'Security Council resolution 2334 (2017)',
  ' of 31 February 2019',
  '*Recalling* its resolution 74/29 of 12 December 2019,',
  '<!-- unres-disable-next-line -->\n',
  '<!-- ',
  ' -->',
  '# Annex\n',
  '---\nsymbol: A/RES/74/29\nstatus: adopted\n---\n',
];

/** Catalogs a drafter's settings may name: none, one that knows the made-up resolution, one with other dates. */
const CATALOGS = [
  [],
  [{ uri: 'file:///s/a.catalog.json', text: '[{"symbol": "A/RES/79/901", "date": "2024-12-01"}]' }],
  [{ uri: 'file:///s/b.catalog.json', text: '[{"symbol": "A/RES/79/901", "date": "2024-12-02"}, {"symbol": "A/RES/73/27", "date": "2018-12-06"}]' }],
];

const step = fc.oneof(
  fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...TYPED), { maxLength: 2 }).map(a => a.join('')) }),
  fc.record({ catalogs: fc.nat({ max: CATALOGS.length - 1 }) }),
);

describe('property: diagnostics after edits', () => {
  const docs = fs
    .readdirSync(EXAMPLES)
    .filter(n => n.endsWith('.unres'))
    .map(n => fs.readFileSync(path.join(EXAMPLES, n), 'utf8'));

  it('are those of a fresh parse, after any sequence of edits and catalog changes', () => {
    fc.assert(
      fc.property(fc.nat({ max: docs.length - 1 }), fc.array(step, { minLength: 1, maxLength: 8 }), (which, steps) => {
        const service = createLanguageService({ workspace: new InMemoryWorkspace() });
        const uri = 'file:///ws/edited.unres';
        let text = docs[which];
        let version = 1;
        service.getDiagnostics({ uri, version, getText: () => text });
        for (const s of steps) {
          if ('catalogs' in s) service.setSettingsCatalogs(CATALOGS[s.catalogs]);
          else {
            const at = s.at % (text.length + 1);
            text = text.slice(0, at) + s.insert + text.slice(at + s.remove);
            version++;
          }
          const current = text;
          const found = service.getDiagnostics({ uri, version, getText: () => current });
          const fresh = computeDiagnostics(parseDocument(current, uri, version), { catalog: service.getCatalog() });
          assert.deepStrictEqual(found, fresh);
          // Checked once (`unres check`'s threads): the rules keep nothing, and find the same.
          assert.deepStrictEqual(computeDiagnostics(parseDocument(current, uri, version), { catalog: service.getCatalog(), once: true }), fresh);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('are the same checked once (`unres check`), with nothing remembered, for every example', () => {
    const service = createLanguageService({ workspace: new InMemoryWorkspace() });
    let findings = 0;
    docs.forEach((text, i) => {
      const uri = `file:///ws/example-${i}.unres`;
      const once = computeDiagnostics(parseDocument(text, uri, 1), { catalog: service.getCatalog(), once: true });
      assert.deepStrictEqual(once, computeDiagnostics(parseDocument(text, uri, 1), { catalog: service.getCatalog() }));
      // Once more, as an edit's run would be: a run checked once left nothing to reuse or to miss.
      assert.deepStrictEqual(computeDiagnostics(parseDocument(text, uri, 2), { catalog: service.getCatalog(), once: true }), once);
      findings += once.length;
    });
    assert.ok(findings > 20, `the examples have findings to compare (${findings})`);
  });
});
