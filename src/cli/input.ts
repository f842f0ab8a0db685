/**
 * Where a command's manifests come from: `-f FILE` (repeatable), `-f -` or no `-f` for stdin, plus
 * `--corefile FILE` and `--service-cidr`. Several files are joined into one multi-document text (as
 * `kubectl apply -f a -f b` would read them) and diagnostics' lines are mapped back to each file.
 */
import ipaddr from 'ipaddr.js';
import type { CliIO } from './io';

export interface InputFile {
  /** The name to print: the path as given, or `<stdin>`. */
  name: string;
  /** 1-based line in the joined text where the file starts. */
  startLine: number;
  lines: number;
}

export interface Input {
  text: string;
  files: InputFile[];
  corefile?: { name: string; text: string };
  serviceCIDRs?: string[];
}

export class CliError extends Error {}

function countLines(text: string): number {
  return text.split('\n').length;
}

async function readOne(path: string, io: CliIO): Promise<{ name: string; text: string }> {
  if (path === '-') return { name: '<stdin>', text: await io.readStdin() };
  try {
    return { name: path, text: await io.readFile(path) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`cannot read ${path}: ${why}`);
  }
}

/** Split and check `--service-cidr 10.96.0.0/12,fd00::/108`. */
export function parseServiceCIDRs(value: string): string[] {
  const cidrs = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!cidrs.length || cidrs.length > 2) throw new CliError(`--service-cidr takes one or two CIDRs (IPv4 and/or IPv6), got "${value}"`);
  for (const c of cidrs) {
    try {
      ipaddr.parseCIDR(c);
    } catch {
      throw new CliError(`--service-cidr: "${c}" is not a CIDR like 10.96.0.0/12`);
    }
  }
  return cidrs;
}

export async function readInput(
  io: CliIO,
  opts: { files: readonly string[]; corefile?: string; serviceCIDR?: string },
): Promise<Input> {
  const paths = opts.files.length ? opts.files : ['-'];
  if (paths.filter((p) => p === '-').length > 1) throw new CliError('stdin (-f -) can be read only once');
  const serviceCIDRs = opts.serviceCIDR !== undefined ? parseServiceCIDRs(opts.serviceCIDR) : undefined;
  const read = [];
  for (const p of paths) read.push(await readOne(p, io));
  const files: InputFile[] = [];
  let text = '';
  let line = 1;
  for (const [i, r] of read.entries()) {
    let t = r.text;
    if (read.length > 1 && i < read.length - 1 && !t.endsWith('\n')) t += '\n';
    if (i > 0) {
      text += '---\n';
      line += 1;
    }
    files.push({ name: r.name, startLine: line, lines: countLines(t) - (t.endsWith('\n') ? 1 : 0) });
    text += t;
    line += countLines(t) - 1;
  }
  const corefile = opts.corefile !== undefined ? await readOne(opts.corefile, io) : undefined;
  return { text, files, corefile, serviceCIDRs };
}

/** Which file (and which line in it) a line of the joined text belongs to. */
export function locateLine(input: Input, line: number): { file: string; line: number } {
  for (let i = input.files.length - 1; i >= 0; i--) {
    const f = input.files[i];
    if (line >= f.startLine) return { file: f.name, line: line - f.startLine + 1 };
  }
  return { file: input.files[0]?.name ?? '<stdin>', line };
}
