/**
 * "Prepare for Adoption" asks the drafter for the adopted text's symbol, date and meeting before the
 * server prepares the document: three input boxes, each checked as it is typed; an empty answer
 * marks that key for filling in later, Escape cancels the command.
 */
import * as vscode from 'vscode';
import { ADOPTION_KEYS, adoptionDetailProblem, type AdoptionDetails, type AdoptionKey } from '../../server/src/languageService/features/adoptionDetails';

const QUESTIONS: Record<AdoptionKey, { prompt: string; placeHolder: string }> = {
  symbol: { prompt: 'The resolution’s symbol, once issued. Leave empty to mark it for filling in.', placeHolder: 'A/RES/80/12' },
  adopted: { prompt: 'The date of adoption. Leave empty to mark it for filling in.', placeHolder: '12 December 2025' },
  meeting: { prompt: 'The meeting that adopted it. Leave empty to mark it for filling in.', placeHolder: '46th plenary meeting' },
};

/** The arguments the server's `unres.prepareForAdoption` takes, asked for when the caller gave only the document (or nothing). */
export async function adoptionArguments(args: unknown[], documentUri: () => string | undefined): Promise<unknown[] | undefined> {
  const first = args[0];
  // A caller that passes details (a test, a keybinding with arguments) is not asked again.
  if (typeof first === 'object' && first !== null && !(first instanceof vscode.Uri) && ADOPTION_KEYS.some(k => k in first)) return args;
  const uri = first instanceof vscode.Uri ? first.toString() : typeof first === 'string' ? first : documentUri();
  if (!uri) return undefined;
  const details: { -readonly [K in AdoptionKey]?: string } = {};
  for (const [i, key] of ADOPTION_KEYS.entries()) {
    const answer = await vscode.window.showInputBox({
      title: `Prepare for Adoption (${i + 1}/${ADOPTION_KEYS.length})`,
      ...QUESTIONS[key],
      ignoreFocusOut: true,
      validateInput: value => adoptionDetailProblem(key, value),
    });
    if (answer === undefined) return undefined;
    if (answer.trim()) details[key] = answer.trim();
  }
  return [{ uri, ...(details satisfies AdoptionDetails) }];
}
