/**
 * Issue 7, item 2: every regular expression in `server/src/**` audited for catastrophic
 * backtracking. The literals (and `new RegExp('…')` with a literal pattern) are collected with the
 * TypeScript parser and checked by `recheck`; a `vulnerable` verdict fails. Adversarial inputs —
 * 100,000-character runs of what the patterns look for — then go through the parser and the rules,
 * which must finish with a whole model (no duration is asserted; mocha's timeout catches a hang, and
 * `npm run bench -- --only=units` times them beside a linear pass: units-regex-attacks).
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { checkSync } from 'recheck';
import { parseDocument } from '../server/src/languageService';
import { computeDiagnostics } from '../server/src/languageService/rules';
import { attackDocument, REGEX_ATTACKS } from './util/stress';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = path.join(ROOT, 'server/src');

interface FoundRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every regex literal and `new RegExp(literal, literal?)` of a file; dynamic patterns are listed apart. */
function regexesOf(file: string): { found: FoundRegex[]; dynamic: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  const rel = path.relative(ROOT, file);
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const slash = literal.lastIndexOf('/');
      found.push({ file: rel, line: lineOf(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ file: rel, line: lineOf(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else dynamic.push(`${rel}:${lineOf(node)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, dynamic };
}

describe('regular expressions: no catastrophic backtracking', function () {
  this.timeout(120_000);
  const all = sourceFiles(SOURCES).map(regexesOf);
  const regexes = all.flatMap(r => r.found);

  it('finds the regular expressions of the sources', () => {
    assert.ok(regexes.length > 50, `only ${regexes.length} regular expressions found under ${SOURCES}`);
  });

  it('builds no pattern from run-time strings that the audit cannot see', () => {
    // A pattern assembled at run time escapes the audit: build it from audited literals instead, or list it here with a reason.
    const allowed = new Set<string>([]);
    assert.deepStrictEqual(
      all.flatMap(r => r.dynamic).filter(d => !allowed.has(d)),
      [],
    );
  });

  it('recheck finds none vulnerable', () => {
    const vulnerable: string[] = [];
    const unknown: string[] = [];
    for (const r of regexes) {
      // No time limit: recheck's `timeout` is wall-clock, so a loaded machine turned verdicts into
      // "unknown"; its other bounds (attack size, iterations) end every check.
      const diagnostics = checkSync(r.source, r.flags, { timeout: null });
      if (diagnostics.status === 'vulnerable') {
        vulnerable.push(`${r.file}:${r.line} /${r.source}/${r.flags} is ${diagnostics.complexity.type} (attack: ${JSON.stringify(diagnostics.attack.pattern)})`);
      } else if (diagnostics.status === 'unknown') unknown.push(`${r.file}:${r.line} /${r.source}/${r.flags}: ${diagnostics.error.kind}`);
    }
    assert.deepStrictEqual(vulnerable, []);
    // A pattern recheck cannot decide would need a look by hand; none so far.
    assert.deepStrictEqual(unknown, []);
  });

  it('recheck does flag a vulnerable pattern (the audit can fail)', () => {
    assert.strictEqual(checkSync('^(a|a)*$', '').status, 'vulnerable');
    assert.strictEqual(checkSync('^(\\w+\\s?)*$', '').status, 'vulnerable');
  });

  describe('adversarial inputs finish', () => {
    for (const [name, attack] of Object.entries(REGEX_ATTACKS)) {
      it(name, () => {
        const text = attackDocument(attack);
        const doc = parseDocument(text);
        const diagnostics = computeDiagnostics(doc);
        assert.strictEqual(doc.lines.length, text.split('\n').length);
        assert.ok(Array.isArray(diagnostics));
      });
    }
  });
});
