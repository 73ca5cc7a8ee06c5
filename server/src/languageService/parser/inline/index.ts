import type { InlineInput, InlineResult } from './types';

export type { InlineInput, InlineResult } from './types';

/** Placeholder until the inline scanner lands: finds nothing. */
export function scanInline(_input: InlineInput): InlineResult {
  return { citations: [], symbols: [], dates: [], references: [] };
}
