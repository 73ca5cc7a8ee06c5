// The name of the catalog file "Import catalog…" writes (no vscode import: unit-tested in test/client.test.ts).
/** The catalog file to write for a name chosen in the save dialog: one `.catalog.json` at the end, whatever the dialog added. */
export function catalogFileName(chosen: string): string {
  let base = chosen;
  for (let again = true; again;) {
    again = false;
    for (const suffix of ['.catalog.json', '.json', '.catalog']) {
      if (base.endsWith(suffix) && base.length > suffix.length) {
        base = base.slice(0, -suffix.length);
        again = true;
      }
    }
  }
  return `${base}.catalog.json`;
}
