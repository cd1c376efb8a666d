import { CASE_COMMANDS, type CaseCommandType } from '../vocabulary/codes.js';
import type { CaseContext } from './case-context.js';
import type { CaseError } from './case-error.js';
import { refusalOf } from './transition.js';
import type { EthicsCase } from './ethics-case.js';

export interface CommandAvailability {
  readonly command: CaseCommandType;
  readonly available: boolean;
  /** Why not, when not: lets a screen explain a disabled button instead of hiding it. */
  readonly refusal?: CaseError;
}

/** Every command with whether this actor may give it to this case now, and why not. */
export function commandAvailability(
  ethicsCase: EthicsCase,
  context: CaseContext,
): readonly CommandAvailability[] {
  return CASE_COMMANDS.map((command) => {
    const refusal = refusalOf(ethicsCase, command, context);
    return refusal ? { command, available: false, refusal } : { command, available: true };
  });
}

/** The commands this actor may give this case now, in procedure order: the back office's action bar. */
export function availableCommands(ethicsCase: EthicsCase, context: CaseContext): readonly CaseCommandType[] {
  return CASE_COMMANDS.filter((command) => refusalOf(ethicsCase, command, context) === undefined);
}
