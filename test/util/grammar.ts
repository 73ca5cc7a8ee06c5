/** The unres TextMate grammar loaded as VS Code loads it (vscode-textmate + the Oniguruma WASM), for the grammar tests and the bench. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const GRAMMAR = path.join(ROOT, 'syntaxes', 'unres.tmLanguage.json');

let onigReady: Promise<void> | undefined;
export function loadOniguruma(): Promise<void> {
  onigReady ??= oniguruma.loadWASM(fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer as ArrayBuffer);
  return onigReady;
}

/** The grammar of scope `text.unres`; throws when it does not load. */
export async function loadGrammar(): Promise<textmate.IGrammar> {
  await loadOniguruma();
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async scope => (scope === 'text.unres' ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  const grammar = await registry.loadGrammar('text.unres');
  if (!grammar) throw new Error('the grammar does not load');
  return grammar;
}
