/** The live preview: the resolution as printed, and nothing the drafter types becomes markup. */
import * as assert from 'node:assert';
import { parseDocument } from '../server/src/languageService/parser';
import { renderPreview, inlineHtml } from '../server/src/languageService/features/preview';

const doc = (text: string) => renderPreview(parseDocument(text, 'file:///p.unres', 1));

describe('preview', () => {
  it('lays out the organ line, the italic phrases, numbers and subparagraphs', () => {
    const html = doc(
      '---\nsymbol: A/RES/74/29\ntitle: Developments\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n1. *Requests*:\n\n   (a) A report;\n\n   (b) A meeting.\n',
    );
    assert.match(html, /<div class="symbol">A\/RES\/74\/29<\/div>/);
    assert.match(html, /<h1>Developments<\/h1>/);
    assert.match(html, /<p class="organ-line"><em>The General Assembly,<\/em><\/p>/);
    assert.match(html, /<p class="preambular"><em>Recalling<\/em> its resolution 73\/27/);
    assert.match(html, /<span class="number">1\.<\/span> <em>Requests<\/em>:/);
    assert.match(html, /<span class="label">\(a\)<\/span> A report;/);
    assert.match(html, /<span class="label">\(b\)<\/span> A meeting\./);
  });

  it('escapes everything the document holds: no script, link or image survives', () => {
    const html = doc('The General Assembly,\n\n*Noting* <script>alert(1)</script> [x](javascript:alert(1)) ![](http://evil.example/i.png) <img src=x onerror=alert(1)>,\n');
    assert.doesNotMatch(html, /<script|<img|<a\s|href=/i);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
  });

  it('shows footnotes as superscripts and keeps negotiation brackets visible', () => {
    assert.strictEqual(inlineHtml('as agreed[^1] [and calls upon]'), 'as agreed<sup>1</sup> <span class="bracket">[and calls upon]</span>');
  });

  it('renders any text without throwing', () => {
    for (const text of ['', '---', '# Annex\n\n### Article 1\n\n1. Text.', '\u0000\ud800*\n(a)', '[^1]: x\n\n1. *A* [^1];']) {
      assert.strictEqual(typeof doc(text), 'string');
    }
  });
});
