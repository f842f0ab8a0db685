/** One `podpath` command: its flags, its help, and what it does. */
import type { FlagSpec, ParsedArgs } from './args';
import type { CliIO } from './io';

export interface Command {
  name: string;
  aliases?: readonly string[];
  /** One line for `podpath help`. */
  summary: string;
  /** `podpath dig NAME [TYPE] [flags]`. */
  usage: string;
  flags: readonly FlagSpec[];
  /** Accept dig-style `+word` options. */
  plus?: boolean;
  /** More help: notes and examples. */
  details?: string;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}
