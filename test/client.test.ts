// The VS Code extension's parts that run without VS Code: what Enter types after a numbered line,
// the preview page's security policy, and the manifest (package.json contributes, language
// configuration, the .unresrc.json schema) agreeing with the code and the rule table.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { catalogsInsideWorkspace } from '../client/src/trust';
import { OPERATIVE_MAX, enterRules, fromRoman, nextLetterLabel, subparagraphSuccessors, toRoman, type OnEnterRule } from '../client/src/enterRules';
import { escapeHtml, page } from '../client/src/previewPage';
import { RULES } from '../server/src/languageService/config';
import { COMMANDS, SERVER_COMMANDS } from '../server/src/protocol';
import { INDENT_PER_LEVEL } from '../server/src/languageService/features/format';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/**
 * What VS Code types for Enter at `column` of `line` (the end when omitted) with these
 * onEnterRules, as its own `getEnterAction` does with the rules' `indent: "none"`: the first rule
 * whose `beforeText` matches the text before the cursor and `afterText` the text after it; a line
 * break, the line's indentation less `removeText` characters, and `appendText`.
 */
function typedOnEnter(rules: readonly OnEnterRule[], line: string, column = line.length): string {
  const before = line.slice(0, column);
  const after = line.slice(column);
  const indentation = /^[ \t]*/.exec(before)![0];
  const rule = rules.find(r => new RegExp(r.beforeText).test(before) && (r.afterText === undefined || new RegExp(r.afterText).test(after)));
  const kept = indentation.slice(0, indentation.length - (rule?.action.removeText ?? 0));
  return `\n${kept}${rule?.action.appendText ?? ''}`;
}

describe('Enter after a numbered line (onEnterRules in language-configuration.json)', () => {
  const config = readJson('language-configuration.json');
  const rules = config.onEnterRules as OnEnterRule[];
  const cases: Array<[string, string, string]> = [
    ['continues an operative paragraph', '3. *Calls upon* States to act;', '\n\n4. '],
    ['continues after trailing spaces', '9. *Urges* all States;   ', '\n\n10. '],
    ['continues a long resolution', `${OPERATIVE_MAX - 1}. *Decides* to act;`, `\n\n${OPERATIVE_MAX}. `],
    ['continues a draft label', '2 bis. *Encourages* States;', '\n\n2 ter. '],
    ['continues a later draft label', '12 ter. *Encourages* States;', '\n\n12 quater. '],
    ['opens subparagraphs after a colon', '4. *Requests* the Secretary-General to report on:', '\n\n   (a) '],
    ['opens subparagraphs after a draft label and a colon', '4 bis. *Requests* a report on:', '\n\n   (a) '],
    ['stops after the last paragraph', '5. *Decides* to remain seized of the matter.', '\n'],
    ['leaves an empty number as it is (VS Code rules cannot remove it)', '6. ', '\n'],
    ['continues a subparagraph, keeping the blank line empty', '   (a) Best practices;', '\n\n   (b) '],
    ['continues a subparagraph at the margin', '(c) Third;', '\n\n(d) '],
    ['continues a subparagraph indented with a tab', '\t(a) One;', '\n\n\t(b) '],
    ['continues an unusual indentation on the next line', '           (a) Eleven spaces;', '\n           (b) '],
    ['goes from (z) to (aa)', '   (z) Last letter;', '\n\n   (aa) '],
    ['goes from (aa) to (bb)', '   (aa) Doubled;', '\n\n   (bb) '],
    ['opens numerals after a colon', '   (b) Measures that:', '\n\n      (i) '],
    ['continues numerals', '      (iii) Third;', '\n\n      (iv) '],
    ['reads (i) one level down as a numeral', '      (i) First;', '\n\n      (ii) '],
    ["reads (i) at the letters' level as a letter", '   (i) Ninth letter;', '\n\n   (j) '],
    ['reads (v) one level down as a numeral', '      (v) Fifth;', '\n\n      (vi) '],
    ["reads (v) at the letters' level as a letter", '   (v) Letter;', '\n\n   (w) '],
    ['reads (ii) as a numeral', '   (ii) Second;', '\n\n   (iii) '],
    ['reads (c) as a letter', '      (c) Third;', '\n\n      (d) '],
    ['leaves an empty subparagraph label as it is', '   (c) ', '\n   '],
    ['continues bullets on the next line', '   • an item', '\n   • '],
    ['continues dash bullets', '- an item', '\n- '],
    ['leaves preambular paragraphs alone', '*Recalling* its resolution 74/29,', '\n'],
    ['leaves decimals alone', '3.5 per cent', '\n'],
    ['leaves a paragraph reference alone', 'paragraph 3 above;', '\n'],
    ['leaves front matter delimiters alone', '---', '\n'],
  ];
  for (const [title, line, expected] of cases) {
    it(title, () => assert.strictEqual(typedOnEnter(rules, line), expected));
  }

  it('splits a line as usual when Enter comes before its end', () => {
    assert.strictEqual(typedOnEnter(rules, '3. *Calls upon* States to act;', 3), '\n');
    assert.strictEqual(typedOnEnter(rules, '   (a) Best practices;', 8), '\n   ');
  });

  it('continues every number up to the limits, and every letter and numeral', () => {
    for (let n = 1; n < OPERATIVE_MAX; n++) assert.strictEqual(typedOnEnter(rules, `${n}. *Decides*;`), `\n\n${n + 1}. `);
    for (const [label, next] of subparagraphSuccessors()) {
      const expected = typeof next === 'string' ? next : next.shallow;
      assert.strictEqual(typedOnEnter(rules, `   (${label}) Text;`), `\n\n   (${expected})\u0020`, label);
    }
    assert.deepStrictEqual(['a', 'y', 'z', 'aa', 'zz'].map(nextLetterLabel), ['b', 'z', 'aa', 'bb', 'aaa']);
    assert.deepStrictEqual([1, 4, 9, 14, 40, 99].map(toRoman), ['i', 'iv', 'ix', 'xiv', 'xl', 'xcix']);
    assert.deepStrictEqual(['i', 'iv', 'ix', 'xiv', 'xl', 'q'].map(fromRoman), [1, 4, 9, 14, 40, 0]);
  });

  it('is what client/src/enterRules.ts generates (node scripts/enter-rules.mjs writes it)', () => {
    assert.deepStrictEqual(rules, JSON.parse(JSON.stringify(enterRules())));
  });

  it('answers on a 100,000-character line', () => {
    assert.strictEqual(typedOnEnter(rules, `1. ${'a'.repeat(100_000)}.`), '\n');
    assert.strictEqual(typedOnEnter(rules, `   (a) ${'(b) '.repeat(25_000)}:`), '\n\n      (i) ');
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
    assert.match(html, /<body class="unres-layout" data-initial-line="7">/);
  });

  it('without a script, allows styles and nothing else', () => {
    const plain = page('https://webview.example', '<p>Body</p>');
    assert.match(plain, /content="default-src 'none'; style-src https:\/\/webview\.example 'unsafe-inline';"/);
    assert.doesNotMatch(plain, /<script/);
  });

  it("puts the server's body and style sheet in the page; a style sheet cannot close its element", () => {
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
  const clientSource = fs
    .readdirSync(path.join(ROOT, 'client', 'src'))
    .map(f => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'))
    .join('\n');

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
    for (const { command, title } of contributes.commands as Array<{ command: string; title: string }>) {
      assert.ok(title, command);
      // Registered by its id written out, or by its name in COMMANDS (languageService/commands.ts, through protocol.ts).
      const key = Object.entries(COMMANDS).find(([, id]) => id === command)?.[0];
      const registered = clientSource.includes(`'${command}'`) || (key !== undefined && clientSource.includes(`registerCommand(COMMANDS.${key},`));
      assert.ok(SERVER_COMMANDS.includes(command) || registered, `${command} is not registered`);
    }
    for (const k of contributes.keybindings ?? [])
      assert.ok(
        contributes.commands.some((c: { command: string }) => c.command === k.command),
        k.command,
      );
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

  it('lists each rule exactly as the rule table says (default severity, description), in its order', async () => {
    const { entries, packageEntry } = await import(pathToFileURL(path.join(ROOT, 'scripts/rule-settings.mjs')).href);
    const ruleSettings = contributes.configuration.properties['unres.rules'].properties;
    assert.strictEqual(
      JSON.stringify(ruleSettings, null, 1),
      JSON.stringify(entries(RULES, packageEntry), null, 1),
      'package.json differs from the rule table: run npm run rules:sync',
    );
  });

  it('declares limited support in untrusted workspaces, without the catalogs and online-lookup settings', () => {
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepStrictEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['unres.catalogs', 'unres.onlineLookup']);
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

  it('describes each rule exactly as the rule table says, in its order', async () => {
    const { entries, schemaEntry } = await import(pathToFileURL(path.join(ROOT, 'scripts/rule-settings.mjs')).href);
    assert.strictEqual(
      JSON.stringify(schema.properties.rules.properties, null, 1),
      JSON.stringify(entries(RULES, schemaEntry), null, 1),
      'the schema differs from the rule table: run npm run rules:sync',
    );
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

  it('comments with <!-- -->, and closes “ ” but not *', () => {
    assert.deepStrictEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.ok(config.autoClosingPairs.some((p: { open: string; close: string }) => p.open === '“' && p.close === '”'));
    assert.ok(!config.autoClosingPairs.some((p: { open: string }) => p.open === '*'), 'typing *Decides* gives *Decides*');
  });

  it('wraps a selection in no pair: typing over a selection gives what was typed', () => {
    // `surroundingPairs: []` is no answer: VS Code reads an empty list as absent and surrounds with the auto-closing pairs
    // (seen in the real editor: `(act)` left a stray `)`); the [unres] default `editor.autoSurround: never` is.
    assert.strictEqual(config.surroundingPairs, undefined);
    const defaults = readJson('package.json').contributes.configurationDefaults['[unres]'];
    assert.strictEqual(defaults['editor.autoSurround'], 'never');
  });

  it('formats on type: Enter on an empty subparagraph label gets the server’s edit (the next operative number)', () => {
    assert.strictEqual(readJson('package.json').contributes.configurationDefaults['[unres]']['editor.formatOnType'], true);
  });

  it('indents 3 spaces a level, as the formatter does, instead of guessing from the file (“Spaces: 5” on the draft example)', () => {
    const defaults = readJson('package.json').contributes.configurationDefaults['[unres]'];
    assert.deepStrictEqual([defaults['editor.detectIndentation'], defaults['editor.insertSpaces'], defaults['editor.tabSize']], [false, true, INDENT_PER_LEVEL]);
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
