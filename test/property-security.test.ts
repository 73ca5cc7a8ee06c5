/**
 * Issue 7, item 5: nothing in a document (or a catalog) is executed or rendered unescaped. Hover
 * and completion Markdown, rendered as an editor renders it (HTML allowed, GFM autolinks on), holds
 * no script, image, raw HTML or link but to the official document host; document links go only to
 * `https://undocs.org/`; the preview is inert; and the VS Code client declares its behaviour in
 * untrusted workspaces. Hostile text comes from a fixed list and from fast-check.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace, type ILanguageService } from '../server/src/languageService';
import { junk } from './fuzz/generate';

/** An editor's renderer at its most permissive: raw HTML passed through, bare URLs linked. */
const markdown = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![](http://example.com/track.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">official</a>',
  'see http://evil.example/x or www.evil.com or mail me@evil.example',
  '[official text](https://evil.example)',
  '<https://evil.example>',
  '[ref]\n\n[ref]: https://evil.example',
  '`code` **bold** # heading',
  '&lt;script&gt;',
  'javascript:alert(1)',
  '<iframe src="https://evil.example"></iframe>',
];

const OFFICIAL = 'https://undocs.org/';

/** What is wrong with rendered HTML: anything active, any link off the official host. */
function unsafe(html: string): string[] {
  const problems: string[] = [];
  // Only real tags count: escaped text (`&lt;img …&gt;`) is words on the screen.
  for (const [, name, attributes] of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
    if (/^(script|img|iframe|object|embed|style|svg|video|audio|form|input|link|meta|base)$/i.test(name)) problems.push(`a <${name}> element`);
    if (/\son[a-z]+\s*=/i.test(attributes)) problems.push(`an event handler on <${name}>`);
    for (const m of attributes.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/gi)) if (!m[1].startsWith(OFFICIAL)) problems.push(`a link to ${m[1]}`);
  }
  return problems;
}

/** A workspace where every place that reaches a hover holds `evil`. */
function hostileWorkspace(evil: string): { service: ILanguageService; document: TextDocument } {
  const flat = evil.replace(/\n/g, ' ');
  const cited = `---\nsymbol: A/RES/74/29\nadopted: 12 December 2019\ntitle: ${JSON.stringify(flat)}\n---\n\nThe General Assembly,\n\n1. *Decides* ${flat};\n\n2. *Requests* ${flat}.\n`;
  const catalog = JSON.stringify([{ symbol: 'A/RES/73/27', date: '2018-12-05', title: flat, agendaItem: flat, url: 'javascript:alert(1)', source: flat }]);
  const text = [
    '---',
    `title: ${JSON.stringify(flat)}`,
    `${flat.replace(/[:#\-{}[\]&*!|>'"%@`,?]/g, 'x').trim() || 'odd'}: value`,
    '---',
    '',
    'The General Assembly,',
    '',
    `*Recalling* its resolutions 74/29 of 12 December 2019 and 73/27 of 5 December 2018 and A/74/363, ${flat},[^1]`,
    '',
    `1. *Decides* ${flat};`,
    '',
    `2. *Requests* a report on paragraph 1 above, ${flat}.`,
    '',
    `[^1]: ${flat}`,
    '',
  ].join('\n');
  const workspace = new InMemoryWorkspace({ 'file:///ws/cited.unres': cited, 'file:///ws/refs.catalog.json': catalog });
  return { service: createLanguageService({ workspace }), document: TextDocument.create('file:///ws/draft.unres', 'unres', 1, text) };
}

/** Every position of the document's first nine lines' recognised pieces, and a few plain ones. */
function positionsOf(service: ILanguageService, document: TextDocument): Position[] {
  const doc = service.getModel(document);
  const ranges = [
    ...doc.citations.flatMap(c => c.items.map(i => i.range)),
    ...doc.symbols.map(s => s.range),
    ...doc.references.flatMap(r => r.targets.map(t => t.range)),
    ...doc.footnoteReferences.map(f => f.range),
    ...(doc.frontMatter?.entries.flatMap(e => [e.keyRange, e.valueRange]) ?? []),
    ...doc.parts.flatMap(p => [...p.preambular, ...p.operative]).flatMap(p => (p.opening ? [p.opening.fullRange] : [])),
  ];
  return [...ranges.map(r => r.start), { line: 7, character: 1 }, { line: 11, character: 0 }];
}

async function renderedProblems(evil: string): Promise<string[]> {
  const { service, document } = hostileWorkspace(evil);
  await service.indexWorkspace();
  const problems: string[] = [];
  const markdownOf = (v: unknown): string[] => {
    if (!v) return [];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v)) return v.flatMap(markdownOf);
    const o = v as { kind?: string; value?: string };
    return typeof o.value === 'string' ? [o.value] : [];
  };
  for (const position of positionsOf(service, document)) {
    const hover = await service.getHover(document, position);
    for (const md of markdownOf(hover?.contents))
      for (const p of unsafe(markdown.render(md))) problems.push(`hover at ${position.line}:${position.character}: ${p} in ${JSON.stringify(md).slice(0, 300)}`);
    const completion = await service.getCompletions(document, position);
    for (const item of completion.items.map(i => service.resolveCompletion(i))) {
      for (const md of markdownOf(item.documentation)) for (const p of unsafe(markdown.render(md))) problems.push(`completion ${item.label}: ${p}`);
    }
  }
  for (const link of await service.getDocumentLinks(document)) if (!link.target?.startsWith(OFFICIAL)) problems.push(`document link to ${link.target}`);
  const preview = (service as unknown as { getPreview?: (d: TextDocument) => { html: string } }).getPreview?.(document);
  if (preview) for (const p of unsafe(preview.html)) problems.push(`preview: ${p}`);
  return problems;
}

describe('security: document text is never executed nor rendered as markup', function () {
  this.timeout(60_000);

  it('the checker sees what it must (it can fail)', () => {
    assert.deepStrictEqual(unsafe('<p>fine <a href="https://undocs.org/A/RES/74/29">x</a></p>'), []);
    assert.deepStrictEqual(unsafe(markdown.render('see http://evil.example/x\n\n<script>1</script>\n\n<img src="x.png" onerror="alert(1)">')), [
      'a link to http://evil.example/x',
      'a <script> element',
      'a <img> element',
      'an event handler on <img>',
      'a link to x.png',
    ]);
    assert.deepStrictEqual(unsafe(markdown.render('&lt;img onerror=alert(1)&gt;')), []);
  });

  for (const evil of HOSTILE) {
    it(`renders inert: ${JSON.stringify(evil)}`, async () => {
      assert.deepStrictEqual(await renderedProblems(evil), []);
    });
  }

  it('renders inert: random text (fast-check)', async () => {
    const hostileBits = fc.constantFrom(...HOSTILE);
    const text = fc.array(fc.oneof(hostileBits, junk), { minLength: 1, maxLength: 5 }).map(xs => xs.join(' '));
    await fc.assert(
      fc.asyncProperty(text, async evil => {
        assert.deepStrictEqual(await renderedProblems(evil), []);
      }),
      { numRuns: 40 },
    );
  });

  it('the hover of a citation links to the official text, and to nothing else', async () => {
    const { service, document } = hostileWorkspace('[x](javascript:alert(1))');
    await service.indexWorkspace();
    const item = service.getModel(document).citations[0].items[0];
    const hover = await service.getHover(document, item.range.start);
    const html = markdown.render((hover?.contents as { value: string }).value);
    // The official text, and the same in each of the six official languages.
    assert.deepStrictEqual(
      [...html.matchAll(/href="([^"]*)"/g)].map(m => m[1]),
      ['https://undocs.org/A/RES/74/29', ...['ar', 'zh', 'en', 'fr', 'ru', 'es'].map(l => `https://undocs.org/${l}/A/RES/74/29`)],
    );
  });
});

describe('security: untrusted workspaces', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));

  it('the extension declares limited support, with the catalog setting restricted', () => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.strictEqual(untrusted?.supported, 'limited');
    assert.ok(untrusted.restrictedConfigurations.includes('unres.catalogs'));
    // No network from an untrusted workspace: the setting is restricted and the client forces it off.
    assert.ok(untrusted.restrictedConfigurations.includes('unres.onlineLookup'));
    assert.strictEqual(pkg.contributes.configuration.properties['unres.onlineLookup'].default, false);
    assert.match(fs.readFileSync(path.resolve(__dirname, '../../client/src/extension.ts'), 'utf8'), /onlineLookup: false/);
    assert.match(untrusted.description, /catalog/);
  });

  it('the client filters catalog paths through catalogsInsideWorkspace in an untrusted workspace', () => {
    // The client cannot run outside VS Code here: its guard is wired where it is written, and the
    // filter itself is tested in test/client.test.ts.
    const client = fs.readFileSync(path.resolve(__dirname, '../../client/src/extension.ts'), 'utf8');
    assert.match(client, /workspace\.isTrusted/);
    assert.match(client, /catalogs: catalogsInsideWorkspace\(/);
    assert.match(client, /onDidGrantWorkspaceTrust/);
  });
});
