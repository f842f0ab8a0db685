/**
 * `podpath` entry point: returns the exit status (0 ok, 1 the simulated thing failed — `check` found errors,
 * `resolve` found no address, `curl` got no response, `get NAME` found nothing — 2 bad file or flag,
 * 3 an internal error). All I/O goes through `io`, so tests call main() directly.
 */
import { formatFlags, parseArgs } from './args';
import type { Command } from './command';
import { checkCommand } from './commands/check';
import { curlCommand } from './commands/curl';
import { digCommand, resolveCommand, resolvConfCommand } from './commands/dns';
import { getCommand } from './commands/get';
import { describeCommand } from './commands/describe';
import { CliError } from './input';
import type { CliIO } from './io';
import { NotAvailable } from './modules';
import { VERSION } from './version';

export type { CliIO } from './io';

export const COMMANDS: readonly Command[] = [digCommand, resolveCommand, resolvConfCommand, curlCommand, getCommand, describeCommand, checkCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}

export function overview(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'podpath — how a request finds its pod in Kubernetes, simulated from your manifests.',
    '',
    'Usage: podpath COMMAND [ARGS] [-f FILE]…',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}${c.summary}`),
    `  ${'help'.padEnd(w)}show help for a command (podpath help dig)`,
    '',
    'Every command reads manifests from -f FILE (repeatable) or stdin, and takes --service-cidr CIDR[,CIDR]',
    'and --corefile FILE. Run `podpath COMMAND --help` for its flags. podpath --version prints the version.',
    '',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  return [
    `${c.summary[0].toUpperCase()}${c.summary.slice(1)}.`,
    '',
    `Usage: ${c.usage}`,
    '',
    'Flags:',
    formatFlags(c.flags).trimEnd(),
    ...(c.details ? ['', c.details] : []),
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    (first === undefined ? io.stderr : io.stdout)(overview());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout(`podpath ${VERSION}\n`);
    return 0;
  }
  if (first === 'help') {
    if (!rest.length) {
      io.stdout(overview());
      return 0;
    }
    const c = findCommand(rest[0]);
    if (!c) {
      io.stderr(`podpath: unknown command "${rest[0]}" (commands: ${COMMANDS.map((x) => x.name).join(', ')})\n`);
      return 2;
    }
    io.stdout(commandHelp(c));
    return 0;
  }
  const cmd = findCommand(first);
  if (!cmd) {
    io.stderr(`podpath: unknown command "${first}" (commands: ${COMMANDS.map((x) => x.name).join(', ')}; try podpath help)\n`);
    return 2;
  }
  const parsed = parseArgs(rest, cmd.flags, cmd.plus);
  if (!parsed.ok) {
    io.stderr(`podpath ${cmd.name}: ${parsed.error} (see podpath ${cmd.name} --help)\n`);
    return 2;
  }
  if (parsed.args.flags.help === true) {
    io.stdout(commandHelp(cmd));
    return 0;
  }
  try {
    return await cmd.run(parsed.args, io);
  } catch (e) {
    if (e instanceof CliError || e instanceof NotAvailable) {
      io.stderr(`podpath ${cmd.name}: ${e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`podpath ${cmd.name}: internal error: ${msg.split('\n')[0]} (this is a bug in podpath; please report it with the manifests)\n`);
    return 3;
  }
}
