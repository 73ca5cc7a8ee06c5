/** Small text helpers the rules share to word their messages. */

/** `resolution` → `Resolution`: a kind opening a sentence. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Text quoted in a one-line message: every run of whitespace, line breaks included, as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
