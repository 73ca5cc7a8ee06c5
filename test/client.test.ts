// The VS Code extension's parts that run without VS Code: what Enter types after a numbered line,
// the preview page's security policy, and the manifest (package.json contributes, language
// configuration, the .unresrc.json schema) agreeing with the code and the rule table.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { catalogsInsideWorkspace } from '../client/src/trust';
import { enterAction, fromRoman, nextLetterLabel, previousSubparagraphLabel, toRoman } from '../client/src/numbering';
import { escapeHtml, page } from '../client/src/previewPage';
import { RULES } from '../server/src/languageService/config';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('Enter after a numbered line (unres.onEnter)', () => {
  const cases: Array<[string, string, ReturnType<typeof enterAction>, string?]> = [
    ['continues an operative paragraph', '3. *Calls upon* States to act;', { kind: 'continue', text: '\n\n4. ' }],
    ['continues after trailing spaces', '9. *Urges* all States;   ', { kind: 'continue', text: '\n\n10. ' }],
    ['continues a draft label', '2 bis. *Encourages* States;', { kind: 'continue', text: '\n\n2 ter. ' }],
    ['opens subparagraphs after a colon', '4. *Requests* the Secretary-General to report on:', { kind: 'continue', text: '\n\n   (a) ' }],
    ['stops after the last paragraph', '5. *Decides* to remain seized of the matter.', undefined],
    ['clears an empty number', '6. ', { kind: 'end' }],
    ['continues a subparagraph', '   (a) Best practices;', { kind: 'continue', text: '\n\n   (b) ' }],
    ['goes from (z) to (aa)', '   (z) Last letter;', { kind: 'continue', text: '\n\n   (aa) ' }],
    ['goes from (aa) to (bb)', '   (aa) Doubled;', { kind: 'continue', text: '\n\n   (bb) ' }],
    ['opens numerals after a colon', '   (b) Measures that:', { kind: 'continue', text: '\n\n      (i) ' }],
    ['continues numerals', '      (iii) Third;', { kind: 'continue', text: '\n\n      (iv) ' }, 'ii'],
    ['reads (i) after (h) as a letter', '   (i) Ninth letter;', { kind: 'continue', text: '\n\n   (j) ' }, 'h'],
    ['reads (i) first as a numeral', '      (i) First;', { kind: 'continue', text: '\n\n      (ii) ' }],
    ['reads (v) after (iv) as a numeral', '      (v) Fifth;', { kind: 'continue', text: '\n\n      (vi) ' }, 'iv'],
    ['reads (v) after (u) as a letter', '   (v) Letter;', { kind: 'continue', text: '\n\n   (w) ' }, 'u'],
    ['clears an empty subparagraph label', '   (c) ', { kind: 'end' }],
    ['continues bullets on the next line', '   • an item', { kind: 'continue', text: '\n   • ' }],
    ['continues dash bullets', '- an item', { kind: 'continue', text: '\n- ' }],
    ['leaves preambular paragraphs alone', '*Recalling* its resolution 74/29,', undefined],
    ['leaves decimals alone', '3.5 per cent', undefined],
    ['leaves a paragraph reference alone', 'paragraph 3 above;', undefined],
    ['leaves front matter delimiters alone', '---', undefined],
  ];
  for (const [title, line, expected, previous] of cases) {
    it(title, () => assert.deepStrictEqual(enterAction(line, previous), expected));
  }

  it('finds the previous label at the same indentation, within the paragraph', () => {
    const lines = ['1. *Decides*:', '', '   (a) One;', '', '      (i) Deeper;', '', '   (b) Two;', '', '2. *Asks*:', '', '   (a) Other;'];
    const at = (i: number) => lines[i];
    assert.strictEqual(previousSubparagraphLabel(at, 6), 'a');
    assert.strictEqual(previousSubparagraphLabel(at, 4), undefined);
    assert.strictEqual(previousSubparagraphLabel(at, 10), undefined);
  });

  it('counts in roman numerals and letters', () => {
    assert.deepStrictEqual([1, 4, 9, 14, 40, 99].map(toRoman), ['i', 'iv', 'ix', 'xiv', 'xl', 'xcix']);
    assert.deepStrictEqual(['i', 'iv', 'ix', 'xiv', 'xl', 'q'].map(fromRoman), [1, 4, 9, 14, 40, 0]);
    assert.deepStrictEqual(['a', 'y', 'z', 'aa', 'zz'].map(nextLetterLabel), ['b', 'z', 'aa', 'bb', 'aaa']);
  });

  it('answers at once on a 100,000-character line', () => {
    const started = Date.now();
    assert.strictEqual(enterAction(`1. ${'a'.repeat(100_000)};`), undefined);
    enterAction(`   (a) ${'(b) '.repeat(25_000)}`);
    assert.ok(Date.now() - started < 500);
  });
});

describe('preview page', () => {
  const html = page('https://webview.example', '<p>Body</p><script>alert(1)</script>', {
    css: '.unres-doc { color: #000 } </style><script>alert(2)</script>',
    script: { src: 'https://webview.example/media/preview.js', nonce: 'abc123' },
    line: 7,
  });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

  it('allows styles and our one script by its nonce: no other script runs, nothing is fetched', () => {
    assert.strictEqual(csp, "default-src 'none'; style-src https://webview.example 'unsafe-inline'; script-src 'nonce-abc123';");
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<body'), 'the policy comes before the body');
    assert.ok(!/'unsafe-eval'|'unsafe-inline'[^;]*;\s*$|\*/.test(csp!.split('script-src')[1]!), 'no inline or wildcard script source');
    assert.match(html, /<script nonce="abc123" src="https:\/\/webview\.example\/media\/preview\.js"><\/script>\n<\/body>/);
    assert.match(html, /<body data-initial-line="7">/);
  });

  it('without a script, allows styles and nothing else', () => {
    const plain = page('https://webview.example', '<p>Body</p>');
    assert.match(plain, /content="default-src 'none'; style-src https:\/\/webview\.example 'unsafe-inline';"/);
    assert.doesNotMatch(plain, /<script/);
  });

  it('puts the server\'s body and style sheet in the page; a style sheet cannot close its element', () => {
    assert.ok(html.includes('<p>Body</p>'));
    assert.ok(html.includes('.unres-doc { color: #000 }'));
    assert.ok(!html.includes('</style><script>alert(2)'));
    assert.strictEqual(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('ships the scroll-sync script, which reads only numbers from the page', () => {
    const script = fs.readFileSync(path.join(ROOT, 'media', 'preview.js'), 'utf8');
    assert.match(script, /data-line/);
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function|document\.write/);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!media\/preview\.js$/m);
  });
});

describe('extension manifest (package.json)', () => {
  const pkg = readJson('package.json');
  const contributes = pkg.contributes;
  const clientSource = fs.readdirSync(path.join(ROOT, 'client', 'src')).map(f => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');

  it('activates on the unres language, for *.unres files, with an icon and a language configuration', () => {
    assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:unres']);
    const language = contributes.languages.find((l: { id: string }) => l.id === 'unres');
    assert.deepStrictEqual(language.extensions, ['.unres']);
    for (const file of [language.configuration, language.icon.light, language.icon.dark, pkg.icon]) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), file);
    }
    assert.match(pkg.icon, /\.png$/, 'the marketplace takes a PNG icon');
  });

  it('has every command either registered by the client or executed by the server', () => {
    const serverCommands = ['unres.renumber', 'unres.prepareForAdoption'];
    for (const { command, title } of contributes.commands as Array<{ command: string; title: string }>) {
      assert.ok(title, command);
      assert.ok(serverCommands.includes(command) || clientSource.includes(`'${command}'`), `${command} is not registered`);
    }
    for (const k of contributes.keybindings) assert.ok(contributes.commands.some((c: { command: string }) => c.command === k.command), k.command);
  });

  it('describes every setting, and lists every rule code under unres.rules', () => {
    const properties = contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>;
    for (const name of ['unres.rules', 'unres.catalogs', 'unres.inlayHints.enabled', 'unres.inlayHints.paragraphLabels', 'unres.trace.server', 'unres.format.typographicQuotes']) {
      assert.ok(properties[name], `${name} is missing`);
    }
    for (const [name, p] of Object.entries(properties)) assert.ok(p.description || p.markdownDescription, `${name} has no description`);
    const ruleSettings = (properties['unres.rules'] as { properties: Record<string, { enum: string[] }> }).properties;
    assert.deepStrictEqual(Object.keys(ruleSettings).sort(), RULES.map(r => r.code).sort());
    assert.deepStrictEqual(ruleSettings['citation/order'].enum, ['error', 'warning', 'information', 'hint', 'off']);
  });

  it('declares limited support in untrusted workspaces, without the catalogs setting', () => {
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepStrictEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['unres.catalogs']);
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
  });

  it('wires the JSON schemas of .unresrc.json and catalog files', () => {
    const byMatch = Object.fromEntries(contributes.jsonValidation.map((v: { fileMatch: string; url: string }) => [v.fileMatch, v.url]));
    assert.strictEqual(path.resolve(ROOT, byMatch['.unresrc.json']), path.join(ROOT, 'schemas', 'unresrc.schema.json'));
    assert.strictEqual(path.resolve(ROOT, byMatch['*.catalog.json']), path.join(ROOT, 'schemas', 'catalog.schema.json'));
  });
});

describe('.unresrc.json schema', () => {
  const schema = readJson('schemas/unresrc.schema.json');
  const validate = new Ajv({ strict: false }).compile(schema);

  it('knows every rule code', () => {
    assert.deepStrictEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map(r => r.code).sort());
  });

  it('accepts a configuration and rejects unknown codes, severities and keys', () => {
    assert.ok(validate({ $schema: './schemas/unresrc.schema.json', rules: { 'citation/order': 'off', 'phrase/emphasis': 'hint' } }), JSON.stringify(validate.errors));
    assert.ok(!validate({ rules: { 'citation/typo': 'off' } }));
    assert.ok(!validate({ rules: { 'citation/order': 'loud' } }));
    assert.ok(!validate({ rule: {} }));
  });
});

describe('language configuration', () => {
  const config = readJson('language-configuration.json');

  it('comments with <!-- -->, and pairs “ ” and * around a selection', () => {
    assert.deepStrictEqual(config.comments.blockComment, ['<!--', '-->']);
    const surrounding = config.surroundingPairs.map((p: string[]) => p.join(''));
    for (const pair of ['“”', '**', '[]', '()']) assert.ok(surrounding.includes(pair), pair);
    assert.ok(config.autoClosingPairs.some((p: { open: string; close: string }) => p.open === '“' && p.close === '”'));
  });

  it('indents for subparagraphs after a paragraph that ends with a colon, and continues bullets', () => {
    const rules = config.onEnterRules.map((r: { beforeText: string; action: { appendText?: string } }) => ({ re: new RegExp(r.beforeText), append: r.action.appendText }));
    const after = (line: string) => rules.find((r: { re: RegExp }) => r.re.test(line))?.append;
    assert.strictEqual(after('4. *Requests* the Secretary-General to report on:'), '   ');
    assert.strictEqual(after('   (b) Measures that:'), '   ');
    assert.strictEqual(after('   • an item'), '• ');
    assert.strictEqual(after('3. *Calls upon* States;'), undefined);
  });

  it('has a word pattern that keeps citations and possessives whole', () => {
    const words = 'its resolution 74/29 and the Secretary-General’s report'.match(new RegExp(config.wordPattern, 'g'));
    assert.ok(words?.includes('74/29') && words.includes('Secretary-General’s'), String(words));
  });
});

describe('untrusted workspaces', () => {
  it('keep only the catalog paths inside the workspace folders', () => {
    const folders = ['/work/ws', '/work/other'];
    assert.deepStrictEqual(
      catalogsInsideWorkspace(['ga.catalog.json', 'data/sc.catalog.json', '/work/other/x.catalog.json', '../secret.json', '/etc/passwd', '/work/wsx/y.json', 42, ''], folders),
      ['ga.catalog.json', 'data/sc.catalog.json', '/work/other/x.catalog.json'],
    );
  });

  it('keep none without a folder to be inside', () => {
    assert.deepStrictEqual(catalogsInsideWorkspace(['ga.catalog.json'], []), []);
  });
});
