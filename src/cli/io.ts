/** The CLI's only window on the world: bin/podpath.mjs passes real stdio and files, tests pass strings. */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
}
