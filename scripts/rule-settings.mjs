// The rule settings that package.json (`unres.rules`) and schemas/unresrc.schema.json list, generated
// from the rule table (server/src/languageService/config.ts RULES). test/client.test.ts checks that
// both files hold exactly these entries.
//
//   npm run rules:sync            rewrite both files from the table (after `tsc -p .`)
//   node scripts/rule-settings.mjs --check    exit 1 when a file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SETTINGS = ['error', 'warning', 'information', 'hint', 'off'];
const SETTING_DESCRIPTIONS = [
  'Reported as an error (and `unres check` exits with 1).',
  'Reported as a warning.',
  'Reported as information.',
  'Shown as a hint only.',
  'Not reported.',
];

function sentence(summary) {
  return `${summary[0].toUpperCase()}${summary.slice(1)}.`;
}

/** The entry of one rule under `unres.rules` in package.json. */
export function packageEntry(rule) {
  return { type: 'string', enum: SETTINGS, default: rule.severity, markdownDescription: `${sentence(rule.summary)} Default: \`${rule.severity}\`.` };
}

/** The entry of one rule under `rules` in schemas/unresrc.schema.json. */
export function schemaEntry(rule) {
  return {
    type: 'string',
    enum: SETTINGS,
    enumDescriptions: SETTING_DESCRIPTIONS,
    description: `${sentence(rule.summary)} Default: ${rule.severity}.`,
    markdownDescription: `${sentence(rule.summary)} Default: \`${rule.severity}\`.`,
  };
}

/** The rule entries, by code in the table's order. */
export function entries(rules, entry) {
  return Object.fromEntries(rules.map(r => [r.code, entry(r)]));
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function main() {
  const check = process.argv.includes('--check');
  const { RULES } = createRequire(import.meta.url)(`${ROOT}out/server/src/languageService/config.js`);
  const targets = [
    {
      file: 'package.json',
      set: (json, value) => {
        json.contributes.configuration.properties['unres.rules'].properties = value;
      },
      entry: packageEntry,
    },
    {
      file: 'schemas/unresrc.schema.json',
      set: (json, value) => {
        json.properties.rules.properties = value;
      },
      entry: schemaEntry,
    },
  ];
  let stale = false;
  for (const { file, set, entry } of targets) {
    const before = readFileSync(ROOT + file, 'utf8');
    const json = JSON.parse(before);
    set(json, entries(RULES, entry));
    const after = `${JSON.stringify(json, null, 2)}\n`;
    if (after === before) continue;
    stale = true;
    if (check) console.error(`${file}: the rule settings differ from the rule table; run npm run rules:sync`);
    else {
      writeFileSync(ROOT + file, after);
      console.log(`${file}: rule settings written from the rule table`);
    }
  }
  if (check && stale) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
