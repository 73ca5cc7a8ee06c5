/**
 * A rule's findings for one citation, remembered from the last run of the rules. An edit's parse
 * keeps the objects of the blocks it did not touch (`parser/reuse.ts`), so the citations of an
 * untouched paragraph are the same objects as before; and the citation rules judge each citation
 * by itself and by the facts of the run alone: the catalog (a lookup object stands for one state
 * of the catalogs: the workspace index makes a new one when a fact changes) and the document's
 * status and symbol. When those are the same, the findings are the last run's.
 */
import type { Citation } from '../model';
import type { RuleContext, RuleDiagnostic } from './types';

/** One citation's findings, by rule (its slot), and the facts of the run that made them. */
interface Remembered {
  catalog: RuleContext['catalog'];
  status: string;
  symbol: string | undefined;
  readonly findings: (readonly RuleDiagnostic[] | undefined)[];
}

const byCitation = new WeakMap<Citation, Remembered>();
let slots = 0;
const NONE: readonly RuleDiagnostic[] = [];

/**
 * What a citation rule checks for one citation. It returns `false` when its findings read more
 * than the citation and the run's facts (a line beyond the citation): they are then not kept.
 */
export type CitationCheck = (ctx: RuleContext, citation: Citation) => boolean | void;

/** A rule made of a check per citation, whose findings for a citation are kept while it and the run's facts stay the same. */
export function perCitation(check: CitationCheck): (ctx: RuleContext) => void {
  const slot = slots++;
  return ctx => {
    const { doc, catalog } = ctx;
    const status = doc.info.status;
    const symbol = doc.info.symbol;
    for (const citation of doc.citations) {
      let known = byCitation.get(citation);
      if (known !== undefined && (known.catalog !== catalog || known.status !== status || known.symbol !== symbol)) known = undefined;
      const findings = known?.findings[slot];
      if (findings !== undefined) {
        for (const f of findings) ctx.report(f);
        continue;
      }
      const found: RuleDiagnostic[] = [];
      const keep = check({ doc, catalog, report: d => found.push(d) }, citation) !== false;
      for (const f of found) ctx.report(f);
      if (!keep) continue;
      if (known === undefined) byCitation.set(citation, (known = { catalog, status, symbol, findings: [] }));
      known.findings[slot] = found.length === 0 ? NONE : found;
    }
  };
}
