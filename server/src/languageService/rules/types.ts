import type { Range, ResolutionDocument } from '../model';
import type { CatalogLookup } from '../catalog/types';
import type { RuleCode, Severity } from '../config';

/** What a rule reports; the rule runner adds severity (from the rule table and the user's config) and source. */
export interface RuleDiagnostic {
  readonly code: RuleCode;
  readonly message: string;
  readonly range: Range;
  /** Facts a quick fix needs (the expected number, the replacement text, …), so code actions never re-analyse. */
  readonly data?: unknown;
  /** A rule may lower its own default for one finding (a doubtful date becomes a warning, say). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly doc: ResolutionDocument;
  /** Absent when no catalog is available: catalog rules then say nothing. */
  readonly catalog?: CatalogLookup;
  /**
   * The document is checked once (`unres check`): no later run will ask for this run's findings,
   * so the rules keep nothing for one (`./remembered`, the opening matches).
   */
  readonly once?: boolean;
  report(diagnostic: RuleDiagnostic): void;
}

/** A rule reads the document model and reports; it never parses and never throws on any model. */
export type Rule = (ctx: RuleContext) => void;
