/**
 * Properties of the comparison of versions (docs/versions.md), over generated drafts: nothing
 * between a document and itself; a renumbering alone is reported as renumbered and nothing else;
 * and the changes account for every paragraph, so that removing what was deleted and moved from
 * the old version, and what was inserted and moved from the new one, leaves the same paragraphs in
 * the same order, each unchanged or reported.
 */
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { parseDocument } from '../server/src/languageService';
import { compareVersions, type VersionChange } from '../server/src/languageService/versions';
import { versionUnits, type VersionUnit } from '../server/src/languageService/versions/units';
import { fuzzCase, resolution } from './fuzz/generate';
import { applyBlockEdits, blockEdits, draftShape, draftText } from './fuzz/versions';

const RUNS = Number(process.env.UNRES_FUZZ_RUNS ?? 150);
const parse = (text: string, name: string) => parseDocument(text, `file:///${name}.unres`, 1);
const key = (side: { line: number; label: string }) => `${side.line}:${side.label}`;
const unitKey = (u: VersionUnit) => `${u.line + 1}:${u.label}`;

describe('property: comparing versions', () => {
  it('finds nothing between a document and itself, however broken', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          resolution,
          fuzzCase(6, 0.01).map(c => c.text),
        ),
        text => {
          const doc = parse(text, 'a');
          assert.deepStrictEqual(compareVersions(doc, parse(text, 'b')).changes, []);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reports a renumbering alone (operative numbers, subparagraph letters) as renumbered and nothing else', () => {
    fc.assert(
      fc.property(draftShape, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 5 }), (shape, first, letter) => {
        const c = compareVersions(parse(draftText(shape), 'a'), parse(draftText(shape, first, letter), 'b'));
        assert.deepStrictEqual(
          c.changes.filter(x => x.kind !== 'renumbered'),
          [],
        );
        const relabelled = shape.operative.length * (first === 1 ? 0 : 1) + shape.operative.reduce((n, o) => n + o.subs.length, 0) * (first === 1 && letter === 0 ? 0 : 1);
        assert.strictEqual(c.changes.length, relabelled);
      }),
      { numRuns: RUNS },
    );
  });

  it('accounts for every paragraph: without the inserted, deleted and moved ones, both versions align unit by unit', () => {
    fc.assert(
      fc.property(draftShape, blockEdits, (shape, edits) => {
        const oldText = draftText(shape);
        const newText = applyBlockEdits(oldText, edits);
        const oldDoc = parse(oldText, 'a');
        const newDoc = parse(newText, 'b');
        const c = compareVersions(oldDoc, newDoc);
        const byOld = new Map<string, VersionChange>(c.changes.filter(x => x.old).map(x => [key(x.old!), x]));
        const byNew = new Map<string, VersionChange>(c.changes.filter(x => x.new).map(x => [key(x.new!), x]));
        const gone = (x: VersionChange | undefined) => x?.kind === 'deleted' || x?.kind === 'moved' || x?.kind === 'inserted';
        // A subparagraph goes with its paragraph: when that moved, so did it.
        const kept = (units: VersionUnit[], by: Map<string, VersionChange>) => {
          const out = (u: VersionUnit): boolean => gone(by.get(unitKey(u))) || (u.parent !== undefined && out(units[u.parent]));
          return units.filter(u => !out(u));
        };
        const a = kept(versionUnits(oldDoc), byOld);
        const b = kept(versionUnits(newDoc), byNew);
        assert.strictEqual(a.length, b.length, `${a.length} old units left, ${b.length} new\n${JSON.stringify(c.changes.map(x => [x.kind, x.old?.label, x.new?.label]))}`);
        a.forEach((u, i) => {
          const v = b[i];
          const reported = byNew.get(unitKey(v));
          if (u.text === v.text && u.label === v.label) assert.strictEqual(reported, undefined);
          else {
            assert.ok(reported && (reported.kind === 'changed' || reported.kind === 'renumbered'), `${u.label} → ${v.label} unreported`);
            assert.strictEqual(key(reported.old!), unitKey(u));
          }
        });
        // And the counts: every new unit is matched or inserted, every old one matched or deleted.
        const count = (k: string) => c.changes.filter(x => x.kind === k).length;
        assert.strictEqual(c.oldUnits - count('deleted'), c.newUnits - count('inserted'));
      }),
      { numRuns: RUNS },
    );
  });
});
