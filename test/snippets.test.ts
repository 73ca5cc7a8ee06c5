// The snippets contributed for .unres (snippets/unres.code-snippets): valid JSON, every body valid
// snippet syntax with tab stops, and every whole-document skeleton, expanded with its defaults,
// a document the language service finds no error in.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(ROOT, 'snippets', 'unres.code-snippets');

interface Snippet {
  prefix: string | string[];
  description?: string;
  body: string | string[];
}

// ---------------------------------------------------------------------------------------------
// A tiny expander of VS Code's snippet syntax: tab stops ($1, ${1}), placeholders with defaults
// (${1:text}, nested), choices (${1|a,b|} → the first), variables ($NAME, ${NAME:default}) and
// escapes. It throws on anything VS Code would not read as intended (an unclosed ${, an empty
// choice), so a typo in a body fails the test instead of inserting stray text.

type Node = { kind: 'text'; value: string } | { kind: 'tabstop'; index: number; children?: Node[]; choices?: string[] } | { kind: 'variable'; name: string; children?: Node[] };

/** Parses a snippet body; `stopAt` ends a nested placeholder at its `}`. */
class SnippetParser {
  #pos = 0;
  constructor(private readonly source: string) {}

  parse(): Node[] {
    const nodes = this.#any(false);
    if (this.#pos !== this.source.length) throw new Error(`unexpected '${this.source[this.#pos]}' at ${this.#pos}`);
    return nodes;
  }

  #any(nested: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.#pos < this.source.length) {
      const c = this.source[this.#pos];
      if (c === '\\' && '$}\\'.includes(this.source[this.#pos + 1] ?? '')) {
        text += this.source[this.#pos + 1];
        this.#pos += 2;
      } else if (c === '}' && nested) {
        break;
      } else if (c === '$') {
        const node = this.#dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
          this.#pos++;
        }
      } else {
        text += c;
        this.#pos++;
      }
    }
    flush();
    return nodes;
  }

  /** At a `$`: a tab stop, placeholder, choice or variable, or undefined for a literal `$`. */
  #dollar(): Node | undefined {
    const rest = this.source.slice(this.#pos);
    const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (simple) {
      this.#pos += simple[0].length;
      return /^\d/.test(simple[1]) ? { kind: 'tabstop', index: Number(simple[1]) } : { kind: 'variable', name: simple[1] };
    }
    const braced = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (!braced) return undefined;
    this.#pos += braced[0].length;
    const isTabstop = /^\d/.test(braced[1]);
    const next = this.source[this.#pos];
    if (next === '}') {
      this.#pos++;
      return isTabstop ? { kind: 'tabstop', index: Number(braced[1]) } : { kind: 'variable', name: braced[1] };
    }
    if (next === ':') {
      this.#pos++;
      const children = this.#any(true);
      this.#expect('}');
      return isTabstop ? { kind: 'tabstop', index: Number(braced[1]), children } : { kind: 'variable', name: braced[1], children };
    }
    if (next === '|' && isTabstop) {
      this.#pos++;
      const choices = this.#choices();
      return { kind: 'tabstop', index: Number(braced[1]), choices };
    }
    throw new Error(`malformed \${${braced[1]} at ${this.#pos}`);
  }

  #choices(): string[] {
    const choices: string[] = [];
    let current = '';
    while (this.#pos < this.source.length) {
      const c = this.source[this.#pos];
      if (c === '\\' && ',|\\'.includes(this.source[this.#pos + 1] ?? '')) {
        current += this.source[this.#pos + 1];
        this.#pos += 2;
      } else if (c === ',') {
        choices.push(current);
        current = '';
        this.#pos++;
      } else if (c === '|' && this.source[this.#pos + 1] === '}') {
        choices.push(current);
        this.#pos += 2;
        if (choices.some(x => x === '')) throw new Error('an empty choice');
        return choices;
      } else {
        current += c;
        this.#pos++;
      }
    }
    throw new Error('a choice without its closing |}');
  }

  #expect(c: string): void {
    if (this.source[this.#pos] !== c) throw new Error(`expected '${c}' at ${this.#pos}`);
    this.#pos++;
  }
}

/** What a snippet body parses to, and its text with every placeholder at its default. */
function expand(body: string): { nodes: Node[]; text: string; tabstops: Set<number>; choices: string[][] } {
  const nodes = new SnippetParser(body).parse();
  const defaults = new Map<number, Node[] | string>();
  const tabstops = new Set<number>();
  const choices: string[][] = [];
  const collect = (ns: Node[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop') {
        tabstops.add(n.index);
        if (n.choices) choices.push(n.choices);
        // The first occurrence with a value gives every mirror of that tab stop its text.
        if (!defaults.has(n.index) && (n.children || n.choices)) defaults.set(n.index, n.choices ? n.choices[0] : n.children!);
      }
      if (n.kind !== 'text' && n.children) collect(n.children);
    }
  };
  collect(nodes);
  const render = (ns: Node[], seen: number[]): string =>
    ns
      .map(n => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') return n.children ? render(n.children, seen) : '';
        if (seen.includes(n.index)) throw new Error(`tab stop ${n.index} contains itself`);
        const value = defaults.get(n.index);
        return value === undefined ? '' : typeof value === 'string' ? value : render(value, [...seen, n.index]);
      })
      .join('');
  return { nodes, text: render(nodes, []), tabstops, choices };
}

const bodyOf = (s: Snippet) => [s.body].flat().join('\n');

describe("snippet expander (the test's own)", () => {
  it('expands tab stops, placeholders, choices, mirrors, variables and escapes', () => {
    assert.strictEqual(expand('${1:80}/$1 ${2|eightieth,eighty-first|} ${3:a ${4:b}} \\$5 ${TM_SELECTED_TEXT:x}$0').text, '80/80 eightieth a b $5 x');
    assert.strictEqual(expand('${1|a\\,b,c|}').text, 'a,b');
  });

  it('rejects what VS Code would not read as a snippet', () => {
    for (const bad of ['${1:open', '${1|a,b}', '${1|a,,b|}', '${1/x/y/}', '${1 }']) assert.throws(() => expand(bad), bad);
  });
});

describe('snippets', () => {
  const raw = fs.readFileSync(FILE, 'utf8');
  const snippets = JSON.parse(raw) as Record<string, Snippet>;
  const entries = Object.entries(snippets);

  it('are valid JSON contributed for the unres language, at least 25 of them', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.snippets.find((s: { language: string }) => s.language === 'unres');
    assert.strictEqual(path.resolve(ROOT, contributed.path), FILE);
    assert.ok(entries.length >= 25, `${entries.length} snippets`);
  });

  it('each have a prefix, a description and a body that parses, with a tab stop', () => {
    const problems: string[] = [];
    for (const [name, s] of entries) {
      const prefixes = [s.prefix].flat();
      if (!prefixes.length || prefixes.some(p => typeof p !== 'string' || !p.trim())) problems.push(`${name}: no prefix`);
      if (!s.description?.trim()) problems.push(`${name}: no description`);
      try {
        const { tabstops } = expand(bodyOf(s));
        if (![...tabstops].some(i => i > 0)) problems.push(`${name}: no tab stop`);
      } catch (e) {
        problems.push(`${name}: ${(e as Error).message}`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('are each listed, with their prefixes, in docs/snippets.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'snippets.md'), 'utf8');
    const missing = entries.filter(
      ([name, s]) => !doc.split('\n').some(line => line.includes(`| ${name.replace(/\|/g, '\\|')} |`) && [s.prefix].flat().every(p => line.includes(`\`${p}\``))),
    );
    assert.deepStrictEqual(
      missing.map(([name]) => name),
      [],
    );
  });

  it('have distinct prefixes', () => {
    const all = entries.flatMap(([, s]) => [s.prefix].flat());
    assert.deepStrictEqual(
      all.filter((p, i) => all.indexOf(p) !== i),
      [],
    );
  });

  it('offer the ordinal session words as choices where a session is named', () => {
    const sessionSnippets = entries.filter(([, s]) => /at its \$\{\d+\|[^}]*\|\} session|agenda of its \$\{\d+\|/.test(bodyOf(s)));
    assert.ok(sessionSnippets.length >= 3, 'the report, agenda and skeleton snippets name a session');
    const ORDINAL =
      /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth))$/;
    for (const [name, s] of sessionSnippets) {
      const { choices } = expand(bodyOf(s));
      assert.ok(
        choices.some(c => c.length >= 5 && c.every(x => ORDINAL.test(x))),
        `${name}: ${JSON.stringify(choices)}`,
      );
    }
    const ga = expand(bodyOf(snippets['Requests a report of the Secretary-General'])).choices.flat();
    for (const ordinal of ['seventy-fifth', 'eightieth', 'eighty-first']) assert.ok(ga.includes(ordinal), ordinal);
  });

  it("carry the UN's fixed wording", () => {
    const texts = entries.map(([, s]) => expand(bodyOf(s)).text);
    for (const wording of [
      '*Reaffirming* the purposes and principles of the Charter of the United Nations,',
      '*Recalling* its resolution 74/29 of 12 December 2019,',
      '*Recalling also* its resolutions',
      '*Guided by* the purposes and principles of the Charter',
      '*Taking note* of the report of the Secretary-General',
      '*Having considered* ',
      '*Bearing in mind* ',
      '*Requests* the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;',
      '*Decides* to include in the provisional agenda of its eighty-first session the item entitled “',
      '*Decides* to remain actively seized of the matter.',
    ])
      assert.ok(
        texts.some(t => t.includes(wording)),
        wording,
      );
  });

  describe('whole-document skeletons, expanded with their defaults', () => {
    const skeletons = entries.filter(([, s]) => bodyOf(s).startsWith('---\n') && /^symbol:/m.test(bodyOf(s)) && /^The [A-Z][A-Za-z ]+,$/m.test(bodyOf(s)));

    it('cover the General Assembly, the Security Council, ECOSOC, the Human Rights Council, a draft and a convention', () => {
      const text = skeletons.map(([, s]) => expand(bodyOf(s)).text).join('\n');
      for (const must of ['symbol: A/80/L.', 'symbol: S/RES/', 'symbol: E/RES/', 'symbol: A/HRC/RES/', 'status: draft', '### Article 1', 'sponsors: [']) {
        assert.ok(text.includes(must), must);
      }
      assert.ok(skeletons.length >= 6);
    });

    it('start the General Assembly resolution with its title, session and agenda item, as a draft (issue 11, item 4)', () => {
      const ga = skeletons.find(([name]) => name === 'General Assembly resolution');
      assert.ok(ga);
      const lines = expand(bodyOf(ga[1])).text.split('\n');
      assert.deepStrictEqual(lines.slice(1, 6), ['title: Title of the resolution', 'session: 80', 'agenda-item: 20', 'symbol: A/80/L.1', 'status: draft']);
      assert.ok(lines.includes('1. *Welcomes* the efforts of Member States;'), 'a sentence a drafter would keep');
    });

    const diagnose = (name: string, text: string) => {
      const service = createLanguageService({ workspace: new InMemoryWorkspace({}) });
      return service.getDiagnostics({ uri: `file:///snippets/${name.replace(/\W+/g, '-')}.unres`, version: 1, getText: () => text });
    };

    it('(control: the same check finds a mistake put into a skeleton)', () => {
      const text = expand(bodyOf(snippets['General Assembly resolution'])).text.replace('\n2. *Requests*', '\n4. *Requests*');
      assert.ok(diagnose('control', text).some(d => d.severity === 1 && d.code === 'numbering/operative'));
    });

    for (const [name, s] of entries.filter(([, s]) => bodyOf(s).startsWith('---\nsymbol:') && /^The [A-Z][A-Za-z ]+,$/m.test(bodyOf(s)))) {
      it(`${name}: no error diagnostic`, () => {
        const text = expand(bodyOf(s)).text;
        const diagnostics = diagnose(name, text);
        const errors = diagnostics.filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
        assert.deepStrictEqual(errors, [], `\n${text}`);
        // Warnings would show as squiggles on a fresh document too: none of those either.
        const warnings = diagnostics.filter(d => d.severity === 2).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
        assert.deepStrictEqual(warnings, [], `\n${text}`);
      });
    }
  });
});
