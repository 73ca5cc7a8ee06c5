/**
 * Validation of Akoma Ntoso exports against the OASIS schema (`akomantoso30.xsd`, which imports
 * `xml.xsd`), with libxml2 compiled to WebAssembly (`xmllint-wasm`): no native build, same answer
 * everywhere. The schema is not shipped: it is read from the folder given, by default the shared
 * data beside the checkout (`../shared/data/akoma-ntoso`).
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

export interface AknValidation {
  readonly valid: boolean;
  /** libxml2's messages, one per problem: `file.xml:12: element paragraph: Schemas validity error : …`. */
  readonly errors: readonly string[];
}

/** Where the schema is looked for when no folder is named: `UNRES_AKN_SCHEMA_DIR`, then `../shared/data/akoma-ntoso` from the package root. */
export function defaultSchemaDir(packageRoot: string): string {
  return process.env.UNRES_AKN_SCHEMA_DIR ?? path.resolve(packageRoot, '..', 'shared', 'data', 'akoma-ntoso');
}

let schemaCache: { dir: string; files: { fileName: string; contents: string }[] } | undefined;

/** Validates one AKN document; rejects when the schema cannot be read. */
export async function validateAkn(xml: string, schemaDir: string, fileName = 'document.xml'): Promise<AknValidation> {
  return (await validateAknMany([{ xml, fileName }], schemaDir))[0];
}

/**
 * Validates several documents in one run of xmllint, which compiles the 280 KB schema once (about
 * a second) rather than once per document. Each answer holds that document's own messages.
 */
export async function validateAknMany(documents: readonly { xml: string; fileName: string }[], schemaDir: string): Promise<AknValidation[]> {
  if (schemaCache?.dir !== schemaDir) {
    const [main, xmlXsd] = await Promise.all([readFile(path.join(schemaDir, 'akomantoso30.xsd'), 'utf8'), readFile(path.join(schemaDir, 'xml.xsd'), 'utf8')]);
    schemaCache = {
      dir: schemaDir,
      files: [
        { fileName: 'akomantoso30.xsd', contents: main },
        { fileName: 'xml.xsd', contents: xmlXsd },
      ],
    };
  }
  // Loaded when needed: the wasm module is large and only `--validate` and the tests use it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateXML } = require('xmllint-wasm') as typeof import('xmllint-wasm');
  // Safe, distinct names: xmllint reads them as arguments, and its messages start with them.
  const names = documents.map((d, i) => `${i + 1}-${d.fileName.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[-.]+/, '') || 'document.xml'}`);
  const result = await validateXML({
    xml: documents.map((d, i) => ({ fileName: names[i], contents: d.xml })),
    schema: [schemaCache.files[0]],
    preload: [schemaCache.files[1]],
    maxMemoryPages: 4096,
  });
  const mine = (name: string) => (e: (typeof result.errors)[number]) => e.loc?.fileName === name || e.rawMessage.startsWith(`${name}:`);
  // A message tied to no document (the schema itself failing, say) counts against every one.
  const general = result.errors.filter(e => !names.some(n => mine(n)(e))).map(e => e.rawMessage);
  if (!result.valid && result.errors.length === 0) general.push('xmllint reported the documents invalid without a message');
  return names.map(name => {
    const errors = [...result.errors.filter(mine(name)).map(e => e.rawMessage.replace(`${name}:`, `${name.replace(/^\d+-/, '')}:`)), ...general];
    return { valid: errors.length === 0, errors };
  });
}
