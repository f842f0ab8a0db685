/**
 * STUB — owned by the CLI helper. `podpath` entry point: returns the exit status
 * (0 ok, 1 `check` found errors, 2 bad file or flag).
 */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
}

export async function main(_argv: string[], io: CliIO): Promise<number> {
  io.stderr('podpath: not implemented yet\n');
  return 2;
}
