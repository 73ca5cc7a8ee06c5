/** The live preview: the resolution in the UN's layout, and nothing the drafter types becomes markup. */
import * as assert from 'node:assert';
import { parseDocument } from '../server/src/languageService/parser';
import { renderPreview } from '../server/src/languageService/features/preview';
import { runsHtml } from '../server/src/languageService/export/html';
import { runsOf } from '../server/src/languageService/export/layout';

const doc = (text: string) => renderPreview(parseDocument(text, 'file:///p.unres', 1)).html;

describe('preview', () => {
  it('lays out the masthead, the adoption line, the number beside the title, italic openers and hanging numbers', () => {
    const html = doc(
      '---\nsymbol: A/RES/74/29\nsession: 74\nagenda-item: 93\nadopted: 12 December 2019\nmeeting: 46th plenary meeting\nreport: A/74/363\ntitle: Developments\nstatus: adopted\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n1. *Requests*:\n\n   (a) A report;\n\n   (b) A meeting.\n',
    );
    assert.match(html, /<span class="un">United Nations<\/span><span class="symbol">A\/RES\/74\/29<\/span>/);
    assert.match(html, /<span class="organ">General Assembly<\/span><span class="distr">Distr\.: General<br>12 December 2019<\/span>/);
    assert.match(html, /<div class="bold">Seventy-fourth session<\/div><div>Agenda item 93<\/div>/);
    assert.match(html, /<div class="adoption">Resolution adopted by the General Assembly on 12 December 2019<\/div>/);
    assert.match(html, /<div class="report">\[<em>on the report \(A\/74\/363\)<\/em>\]<\/div>/);
    assert.match(html, /<h1 class="title"><span class="num">74\/29\.<\/span>Developments<\/h1>/);
    assert.match(html, /<p class="organ-line" data-line="11"><em>The General Assembly,<\/em><\/p>/);
    assert.match(html, /<p class="preambular" data-line="13"><em>Recalling<\/em> its resolution <span class="cite" title="A\/RES\/73\/27">73\/27<\/span> of 5 December 2018,<\/p>/);
    assert.match(html, /<p class="operative" data-line="15"><span class="num">1\.<\/span><em>Requests<\/em>:<\/p>/);
    assert.match(html, /<div class="sub level-1" data-line="17"><span class="label">\(a\)<\/span>A report;<\/div>/);
    assert.match(html, /<div class="closing"><div>46th plenary meeting<\/div><div>12 December 2019<\/div><\/div>/);
  });

  it('labels subparagraphs with their letters, not bullets, and numbers footnotes once', () => {
    const html = doc('The General Assembly,\n\n1. *Decides*:[^1]\n\n   (a) To act;\n\n      (i) Soon;\n\n   (b) To report.\n\n[^1]: A/74/363.\n');
    assert.doesNotMatch(html, /<li|<ul|<ol|•/);
    assert.match(html, /<div class="sub level-2" data-line="6"><span class="label">\(i\)<\/span>Soon;<\/div>/);
    assert.match(html, /<span class="num">1\.<\/span><em>Decides<\/em>:<sup class="fn-ref">1<\/sup>/);
    assert.strictEqual(html.match(/A\/74\/363\./g)?.length, 1);
    assert.match(html, /<div class="footnote"><sup>1<\/sup> A\/74\/363\.<\/div>/);
  });

  it('keeps the date as written, and an ISO date in the UN form', () => {
    assert.match(doc('---\nsymbol: A/RES/74/29\nadopted: 2019-12-12\nstatus: adopted\n---\n'), /on 12 December 2019/);
    assert.match(doc('---\nsymbol: A/RES/74/29\nadopted: 12 December 2019\nstatus: adopted\n---\n'), /on 12 December 2019/);
  });

  it('shows a draft with its sponsors and "draft resolution", and marks the brackets', () => {
    const html = doc(
      '---\nsymbol: A/C.1/80/L.20\nsession: 80\nsponsors: [Singapore, Austria, Chile]\ntitle: Open-ended working group\n---\n\nThe General Assembly,\n\n1. *Calls upon* States [to promote] peace;\n',
    );
    assert.match(html, /Distr\.: Limited/);
    assert.match(html, /<div class="bold">First Committee<\/div>/);
    assert.match(html, /<div class="sponsors">Singapore, Austria and Chile: draft resolution<\/div>/);
    assert.match(html, /<h1 class="title">Open-ended working group<\/h1>/);
    assert.match(html, /<span class="bracket">\[to promote\]<\/span> peace;/);
  });

  it('escapes everything the document holds: no script, link or image survives', () => {
    const html = doc('The General Assembly,\n\n*Noting* <script>alert(1)</script> [x](javascript:alert(1)) ![](http://evil.example/i.png) <img src=x onerror=alert(1)>,\n');
    assert.doesNotMatch(html, /<script|<img|<a\s|href=/i);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
  });

  it('shows footnote markers as superscripts and keeps negotiation brackets visible', () => {
    assert.strictEqual(runsHtml(runsOf('as agreed[^1] [and calls upon]')), 'as agreed<sup class="fn-ref">1</sup> <span class="bracket">[and calls upon]</span>');
  });

  it('renders any text without throwing', () => {
    for (const text of ['', '---', '# Annex\n\n### Article 1\n\n1. Text.', '\u0000\ud800*\n(a)', '[^1]: x\n\n1. *A* [^1];']) {
      assert.strictEqual(typeof doc(text), 'string');
    }
  });
});
