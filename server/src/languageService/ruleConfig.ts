/**
 * The rule configuration file `.unresrc.json` at the workspace root:
 * `{ "rules": { "citation/order": "off", "phrase/emphasis": "hint" } }`.
 * A malformed file is itself a diagnostic (`config/invalid`) at the faulty place, and every rule it
 * could not set keeps its default.
 */
import { parseTree, findNodeAtLocation, type Node, type ParseError } from 'jsonc-parser';
import type { Range } from 'vscode-languageserver-types';
import { isRuleCode, type RuleCode, type RuleConfig, type RuleSetting } from './config';
import type { ParseProblem } from './model';
import { offsetToPosition } from './util/positions';
import { MAX_JSON_DEPTH, tooDeepAt } from './util/jsonDepth';

const SETTINGS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

export interface ParsedRuleConfig {
  readonly config: RuleConfig;
  readonly problems: readonly ParseProblem[];
}

export function parseRuleConfig(text: string): ParsedRuleConfig {
  const problems: ParseProblem[] = [];
  const rangeOf = (offset: number, length: number): Range => ({
    start: offsetToPosition(text, offset),
    end: offsetToPosition(text, offset + length),
  });
  const problem = (node: { offset: number; length: number }, message: string) => problems.push({ code: 'config/invalid', message, range: rangeOf(node.offset, node.length) });

  const deep = tooDeepAt(text);
  if (deep >= 0) {
    problem({ offset: deep, length: 1 }, `The rule configuration nests more than ${MAX_JSON_DEPTH} levels deep here; defaults apply.`);
    return { config: {}, problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors.slice(0, 20)) problem(e, 'The rule configuration is not valid JSON here; defaults apply where it cannot be read.');
  if (!root) return { config: {}, problems };
  if (root.type !== 'object') {
    problem(root, 'The rule configuration must be an object: { "rules": { "code": "off" } }.');
    return { config: {}, problems };
  }
  const rules = findNodeAtLocation(root, ['rules']);
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && key.value !== 'rules' && key.value !== '$schema') problem(key, `Unknown key '${String(key.value)}'; the file holds "rules".`);
  }
  const config: Partial<Record<RuleCode, RuleSetting>> = {};
  if (!rules) return { config, problems };
  if (rules.type !== 'object') {
    problem(rules, '"rules" must be an object mapping rule codes to error, warning, information, hint or off.');
    return { config, problems };
  }
  for (const prop of rules.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key) continue;
    const code = String(key.value);
    if (!isRuleCode(code)) {
      problem(key, `Unknown rule code '${code}'.`);
      continue;
    }
    if (!isSetting(value)) {
      problem(value ?? key, `The setting of '${code}' must be one of error, warning, information, hint, off.`);
      continue;
    }
    config[code] = value.value as RuleSetting;
  }
  return { config, problems };
}

function isSetting(node: Node | undefined): node is Node {
  return node !== undefined && node.type === 'string' && SETTINGS.has(node.value as string);
}
