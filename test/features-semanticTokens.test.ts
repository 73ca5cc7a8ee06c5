/**
 * Semantic tokens: openers the phrase lists know or not (and of which kind), citations the
 * catalogs resolve or not; one legend, LSP's relative encoding.
 */
import * as assert from 'node:assert';
import { SEMANTIC_TOKENS_LEGEND, semanticTokensOf, parseDocument, type SemanticToken } from '../server/src/languageService';
import { encodeTokens } from '../server/src/languageService/features/semanticTokens';
import { workspaceFixture } from './util/workspaceFixture';

/** Tokens as `text type modifiers`, with the text they cover. */
function show(text: string, tokens: readonly SemanticToken[]): string[] {
  const lines = text.split('\n');
  return tokens.map(t => `${lines[t.line].slice(t.start, t.start + t.length)} ${t.type}${t.modifiers.length > 0 ? ` ${t.modifiers.join(',')}` : ''}`);
}

describe('semantic tokens', () => {
  it('marks known and unknown openers, and an opener of the wrong kind', async () => {
    const text = [
      'The General Assembly,',
      '',
      '*Recalling also* its work,',
      '',
      '*Reafirming* the principles,',
      '',
      '*Decides* that the matter deserves attention,',
      '',
      '1. *Strongly urges* all States to act;',
      '',
      '2. *Noting* the report.',
      '',
    ].join('\n');
    const f = await workspaceFixture({ 'doc.unres': text });
    assert.deepStrictEqual(show(text, semanticTokensOf(f.service.getModel(f.doc), f.service.getCatalog())), [
      'Recalling also keyword preambular',
      'Reafirming keyword unknown',
      'Decides keyword operative,misplaced',
      'Strongly urges keyword operative',
      'Noting keyword preambular,misplaced',
    ]);
  });

  it('marks citations the catalogs resolve, those they do not, malformed ones, and symbols', async () => {
    const text =
      'The General Assembly,\n\n*Recalling* its resolutions 73/27 of 5 December 2018 and 79/999 of 1 December 2024, resolution 74-29 and the report A/RES/73/27 (A/74/363),\n';
    const f = await workspaceFixture({ 'doc.unres': text });
    const shown = show(text, semanticTokensOf(f.service.getModel(f.doc), f.service.getCatalog()));
    assert.deepStrictEqual(
      shown.filter(s => !s.includes('keyword')),
      ['73/27 type resolved', '79/999 type unknown', '74-29 type malformed', 'A/RES/73/27 type resolved', 'A/74/363 type'],
    );
  });

  it('A/RES/79/16, A/RES/53/130: marks every item after an item with parts and after an interposed clause', async () => {
    const text =
      'The General Assembly,\n\n*Recalling* its resolutions 36/87 A and B of 9 December 1981, 73/27 of 5 December 2018, establishing the Group, and 74-29 of 12 December 2019,\n';
    const f = await workspaceFixture({ 'doc.unres': text });
    const shown = show(text, semanticTokensOf(f.service.getModel(f.doc), f.service.getCatalog()));
    assert.deepStrictEqual(
      shown.filter(s => !s.includes('keyword')),
      ['36/87 A and B type unknown', '73/27 type resolved', '74-29 type malformed'],
    );
  });

  it('encodes tokens relative to the one before, with the legend the server announces', async () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 73/27,\n\n*Noting* the report,\n';
    const f = await workspaceFixture({ 'doc.unres': text });
    const tokens = semanticTokensOf(f.service.getModel(f.doc), f.service.getCatalog());
    const bit = (m: string) => 1 << SEMANTIC_TOKENS_LEGEND.tokenModifiers.indexOf(m);
    const keyword = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('keyword');
    const type = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('type');
    assert.deepStrictEqual(encodeTokens(tokens), [2, 1, 9, keyword, bit('preambular'), 0, 26, 5, type, bit('resolved'), 2, 1, 6, keyword, bit('preambular')]);
    assert.deepStrictEqual((await f.service.getSemanticTokens(f.doc)).data, encodeTokens(tokens));
  });

  it('never overlaps and keeps every token on one line, on wrapped citations and broken text', () => {
    for (const text of ['The General Assembly,\n\n*Recalling* its resolutions 73/27 of 5\nDecember 2018 and 74/29,\n', '*\n1. **\n(a) resolution', '']) {
      const tokens = semanticTokensOf(parseDocument(text), undefined);
      const lines = text.split('\n');
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        assert.ok(t.length > 0 && t.start + t.length <= lines[t.line].length);
        if (k > 0) assert.ok(tokens[k - 1].line < t.line || tokens[k - 1].start + tokens[k - 1].length <= t.start);
      }
    }
  });
});
