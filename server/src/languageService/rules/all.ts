import type { Rule } from './types';
import { structureRules } from './structure';
import { numberingRules } from './numbering';
import { punctuationRules } from './punctuation';
import { phrasesRules } from './phrases';
import { citationsRules } from './citations';
import { catalogRules } from './catalog';
import { referencesRules } from './references';
import { footnotesRules } from './footnotes';
import { bracketsRules } from './brackets';
import { frontmatterRules } from './frontmatter';

/** Every rule, in the order their diagnostics are reported. */
export const ALL_RULES: readonly Rule[] = [
  ...frontmatterRules,
  ...structureRules,
  ...numberingRules,
  ...punctuationRules,
  ...phrasesRules,
  ...citationsRules,
  ...catalogRules,
  ...referencesRules,
  ...footnotesRules,
  ...bracketsRules,
];
