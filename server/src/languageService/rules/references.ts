import type { Rule } from './types';

/** Placeholder until the module lands; filled by its owner. */
export const referencesRules: readonly Rule[] = [];
