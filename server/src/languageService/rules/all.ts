import type { Rule } from './types';

/** Every rule, in the order their diagnostics are reported. */
export const ALL_RULES: readonly Rule[] = [];
