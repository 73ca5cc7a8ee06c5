/**
 * The opening phrase rules (contract §4): a preambular paragraph opens with a preambular phrase
 * (`phrase/preambular`), an operative paragraph with an operative verb (`phrase/operative`), and
 * the opening phrase stands in emphasis (`phrase/emphasis`). Attachment paragraphs are never
 * checked; the parser already classes a lone unnumbered operative paragraph as operative.
 */
import type { Paragraph, Range } from '../model';
import { counterpart, matchOpening, nearestPhrase, phrasesOf, type PhraseKind, type PhraseMatch } from '../data/phraseMatch';
import type { Rule, RuleContext } from './types';
import { openingMatch } from '../query/openings';
import { fix, type FixBuilder, type FixBuilders } from './fix';
import { RememberedFindings, sameKindAndSection } from './remembered';

/** Quick-fix data: the text that replaces the diagnostic's range. */
export interface PhraseFixData {
  readonly replacement: string;
}

/** At most this much of a paragraph's first line is read for an introductory clause. */
const INTRODUCTION_LIMIT = 1000;

const checkOpenings: Rule = ctx =>
  openings.walk(ctx, check => {
    for (const part of ctx.doc.parts) {
      for (const p of part.preambular) check(p, 0, checkPreambular);
      for (const p of part.operative) check(p, 1, checkOperative);
    }
  });

/** Findings by paragraph; its place is its kind (0 preambular, 1 operative). */
const openings = new RememberedFindings<Paragraph>(sameKindAndSection);
const checkPreambular = (ctx: RuleContext, p: Paragraph) => checkParagraph(ctx, p, 'preambular');
const checkOperative = (ctx: RuleContext, p: Paragraph) => checkParagraph(ctx, p, 'operative');

function checkParagraph(ctx: RuleContext, paragraph: Paragraph, kind: PhraseKind): void {
  const opening = paragraph.opening;
  if (!opening) return;
  // One read of the range: it is made when read (`parser/spans.ts`).
  const { line, character: base } = opening.fullRange.start;
  const lineText = ctx.doc.lines[line] ?? '';
  const text = lineText.slice(base);
  const at = (start: number, end: number): Range => ({
    start: { line, character: base + start },
    end: { line, character: base + end },
  });
  // Checked once (`unres check`), nothing else asks for the match again: it is not remembered.
  const match = ctx.once === true ? matchOpening(text) : openingMatch(ctx.doc, paragraph);
  const code = kind === 'preambular' ? 'phrase/preambular' : 'phrase/operative';

  if (match && match.kind === kind) {
    checkCapital(ctx, match, text, at, code);
    checkEmphasis(ctx, match, text, at);
    return;
  }
  // `Acting under Chapter VII …, decides`, `Upon full cessation of hostilities, calls upon`: an
  // operative paragraph may open with an introductory clause before its verb.
  if (kind === 'operative' && (!match || match.phrase === 'Acting') && introducesVerb(text)) return;

  if (match) {
    const other = counterpart(match.phrase);
    const written = text.slice(match.phraseStart, match.phraseEnd);
    const replacement = other ? replacementFor(match, written, other) : undefined;
    const what =
      kind === 'preambular'
        ? `"${match.words}" is an operative verb; a preambular paragraph opens with a preambular phrase`
        : `"${match.words}" is a preambular phrase; an operative paragraph opens with a verb in the present tense`;
    const advice = other ? `: "${other}".` : kind === 'preambular' ? ' such as "Recalling" or "Noting".' : ' such as "Decides" or "Requests".';
    ctx.report({
      code,
      message: what + advice,
      range: at(match.phraseStart, match.phraseEnd),
      severity: 'error',
      ...(replacement ? { data: { replacement } satisfies PhraseFixData } : {}),
    });
    return;
  }

  const typed = opening.emphasis ? opening.text : firstWords(text, 4);
  const nearest = nearestPhrase(typed, kind);
  const label = kind === 'preambular' ? 'preambular phrase' : 'operative verb';
  const shown = opening.text.length > 60 ? `${opening.text.slice(0, 57)}…` : opening.text;
  const message = nearest
    ? `"${shown}" is not a known ${label}; did you mean "${nearest}"?`
    : `"${shown}" is not a known ${label}: a ${kind} paragraph opens with one (${examples(kind)}).`;
  // Replace the emphasised words when the suggestion stands for all of them (`*Reafirming*`).
  const replaceable = nearest && opening.emphasis && wordCount(opening.text) === wordCount(nearest);
  ctx.report({
    code,
    message,
    range: opening.range,
    ...(replaceable ? { data: { replacement: matchCase(nearest, opening.text) } satisfies PhraseFixData } : {}),
  });
}

/**
 * A known opening phrase written in lower case (`recalling …`, `1. *decides* …`): the UN prints
 * every opening phrase with a capital (no paragraph of the 7,437 of the EOSG data, nor of the 29
 * mandate-pipeline texts, opens in lower case), so it is reported with the capital as the fix.
 */
function checkCapital(ctx: RuleContext, match: PhraseMatch, text: string, at: (start: number, end: number) => Range, code: 'phrase/preambular' | 'phrase/operative'): void {
  // The whole opening, modifiers included (`also requests`, not the `requests` of `Also requests`).
  const written = text.slice(match.start, match.start + match.length);
  if (!/^[a-z]/.test(written)) return;
  const capital = capitalized(written);
  ctx.report({
    code,
    message: `An opening phrase takes a capital: write "${capital}".`,
    range: at(match.start, match.start + match.length),
    severity: 'warning',
    data: { replacement: capital } satisfies PhraseFixData,
  });
}

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function checkEmphasis(ctx: RuleContext, match: PhraseMatch, text: string, at: (start: number, end: number) => Range): void {
  if (match.emphasis === 'whole') return;
  const marker = text[match.spanStart] === '_' ? '_' : '*';
  // The words as written: a capital is the separate finding of checkCapital, never Fix All's (in a
  // pasted text a lower-case opener may be a piece of the sentence before it).
  ctx.report({
    code: 'phrase/emphasis',
    message: `The opening phrase "${match.words}" is not in emphasis: write "${marker}${match.words}${marker}".`,
    range: match.emphasis === 'none' ? at(match.start, match.start + match.length) : at(match.spanStart, match.spanEnd),
    data: { replacement: `${marker}${match.words}${marker}` } satisfies PhraseFixData,
  });
}

/**
 * The counterpart, cased like the written phrase, with an inner modifier kept in place
 * (`Taking note also of` → `Takes note also of`); `undefined` when the words cannot be mapped
 * one to one or emphasis markers stand inside them.
 */
function replacementFor(match: PhraseMatch, written: string, other: string): string | undefined {
  if (/[*_]/.test(written)) return undefined;
  const writtenWords = written.split(/\s+/);
  const phraseWords = match.phrase.split(' ');
  let words = other.split(' ');
  if (writtenWords.length !== phraseWords.length) {
    // One inner modifier: put it back at the same place when the two phrases align word for word.
    const extra = writtenWords.length - phraseWords.length;
    if (words.length !== phraseWords.length || extra < 1 || extra > 2) return undefined;
    const at = writtenWords.findIndex((w, i) => w.toLowerCase() !== (phraseWords[i] ?? '').toLowerCase());
    if (at <= 0) return undefined;
    words = [...words.slice(0, at), ...writtenWords.slice(at, at + extra), ...words.slice(at)];
  }
  return matchCase(words.join(' '), written);
}

/** `suggestion` with its first letter cased like the first letter of `written`. */
function matchCase(suggestion: string, written: string): string {
  const first = written[0];
  if (!first) return suggestion;
  const lower = first === first.toLowerCase() && first !== first.toUpperCase();
  return (lower ? suggestion[0].toLowerCase() : suggestion[0].toUpperCase()) + suggestion.slice(1);
}

/** Whether an introductory clause ends in a comma followed by an operative verb in lower case. */
function introducesVerb(text: string): boolean {
  const head = text.slice(0, INTRODUCTION_LIMIT);
  let from = 0;
  for (;;) {
    const comma = head.indexOf(',', from);
    if (comma < 0) return false;
    const rest = head.slice(comma + 1).trimStart();
    if (/^[*_]*[a-z]/.test(rest)) {
      const m = matchOpening(rest);
      if (m && m.kind === 'operative' && m.spanStart === 0) return true;
    }
    from = comma + 1;
  }
}

function firstWords(text: string, count: number): string {
  return text.slice(0, 200).replace(/[*_]/g, ' ').trim().split(/\s+/).slice(0, count).join(' ');
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

function examples(kind: PhraseKind): string {
  return phrasesOf(kind)
    .slice(0, 3)
    .map(e => `"${e.phrase}"`)
    .join(', ');
}

/** The opening phrase rules, in the order they report. */
export const phrasesRules: readonly Rule[] = [checkOpenings];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

const phraseFix: FixBuilder = (data, range) => (typeof data.replacement === 'string' ? [fix(`Write “${data.replacement}”`, [{ range, newText: data.replacement }], false)] : []);

/** The quick fixes of the phrase rules: emphasis is safe; another phrase is a guess, offered one by one. */
export const phrasesFixes: FixBuilders = {
  'phrase/emphasis': (data, range) =>
    typeof data.replacement === 'string' ? [fix(`Put the opening phrase in emphasis: ${data.replacement}`, [{ range, newText: data.replacement }], true)] : [],
  'phrase/preambular': phraseFix,
  'phrase/operative': phraseFix,
};
