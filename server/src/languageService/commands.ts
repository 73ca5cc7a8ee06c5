/**
 * The ids of the commands the service's code actions name and the adapters run: the one home of
 * them. server/src/protocol.ts re-exports them for the server and the VS Code client (this module
 * imports nothing, so the client's bundle takes no more than these strings).
 */
export const COMMANDS = {
  /** Renumbers the operative paragraphs (argument: the document URI); the server runs it. */
  renumber: 'unres.renumber',
  /** Prepares the draft for adoption (argument: the document URI); the server runs it. */
  prepareForAdoption: 'unres.prepareForAdoption',
  /** Asks the UN Digital Library for one symbol (argument: the symbol); the node adapters run it. */
  lookUpOnline: 'unres.lookUpOnline',
  /** Turns `unres.onlineLookup` on (a client command: the server cannot change settings). */
  enableOnlineLookup: 'unres.enableOnlineLookup',
} as const;
