// Writes the onEnterRules of language-configuration.json from client/src/enterRules.ts (what Enter
// types after a numbered line), one rule a line. Run after changing enterRules.ts:
//   node scripts/enter-rules.mjs          (rewrites the file)
//   node scripts/enter-rules.mjs --check  (exit 1 when the file is out of date)
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../language-configuration.json', import.meta.url);
const bundle = await build({
  entryPoints: [new URL('../client/src/enterRules.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, () => {
  throw new Error('no imports');
});

const current = readFileSync(file, 'utf8');
const config = JSON.parse(current);
config.onEnterRules = module.exports.enterRules();
const expected = serialize(config);
if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error('language-configuration.json is out of date: run node scripts/enter-rules.mjs');
    process.exit(1);
  }
} else if (current !== expected) {
  writeFileSync(file, expected);
  console.log(`language-configuration.json: ${config.onEnterRules.length} onEnterRules`);
}

/** Pretty JSON, except the rules: one a line, so the file stays readable and diffs stay small. */
function serialize(value) {
  const { onEnterRules, ...rest } = value;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  return `${head},\n  "onEnterRules": [\n${onEnterRules.map(r => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}
