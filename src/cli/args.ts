/**
 * A small argument parser for `podpath`: kubectl-style flags (`-f FILE`, `-fFILE`, `--from=X`, `-A`,
 * `-owide`), repeated flags (`-H 'Name: value'` …), and dig's `+search`/`+short` words.
 * No Node built-ins, so tests call it (and main()) directly.
 */

export type FlagKind = 'string' | 'boolean' | 'list';

export interface FlagSpec {
  /** Every spelling: `-f`, `--filename`. */
  names: readonly string[];
  /** Key in the result. */
  key: string;
  kind: FlagKind;
  /** Placeholder shown in help, e.g. FILE. */
  value?: string;
  help: string;
}

export interface ParsedArgs {
  flags: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** dig-style `+word` / `+noword` options, without the `+`. */
  plus: string[];
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

/**
 * Parse argv against a flag table. `allowPlus` accepts `+word` options (dig); otherwise a `+word`
 * is a positional. A lone `-` is a positional (stdin); `--` ends the flags.
 */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[], allowPlus = false): ParseResult {
  const byName = new Map<string, FlagSpec>();
  for (const s of specs) for (const n of s.names) byName.set(n, s);
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  const plus: string[] = [];

  const set = (spec: FlagSpec, value: string | true, shown: string): string | undefined => {
    if (spec.kind === 'boolean') {
      if (value !== true) {
        if (!['true', 'false'].includes(value)) return `flag ${shown} takes no value (got "${value}")`;
        flags[spec.key] = value === 'true';
      } else flags[spec.key] = true;
      return undefined;
    }
    if (value === true) return `flag ${shown} needs a value${spec.value ? ` (${spec.value})` : ''}`;
    if (spec.kind === 'list') {
      const prev = flags[spec.key];
      flags[spec.key] = [...(Array.isArray(prev) ? prev : []), value];
    } else {
      flags[spec.key] = value;
    }
    return undefined;
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (allowPlus && a.startsWith('+') && a.length > 1) {
      plus.push(a.slice(1));
      continue;
    }
    if (a === '-' || !a.startsWith('-') || /^-\d/.test(a)) {
      positionals.push(a);
      continue;
    }
    let name = a;
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      name = a.slice(0, eq);
      inline = a.slice(eq + 1);
    }
    let spec = byName.get(name);
    // Short flag with its value attached: -fFILE, -owide, -nkube-system, -o=wide.
    if (!spec && !a.startsWith('--') && a.length > 2) {
      const short = byName.get(a.slice(0, 2));
      if (short && short.kind !== 'boolean') {
        spec = short;
        name = a.slice(0, 2);
        inline = a.slice(2).replace(/^=/, '');
      }
    }
    if (!spec) return { ok: false, error: `unknown flag ${name}` };
    if (inline !== undefined) {
      const err = set(spec, inline, name);
      if (err) return { ok: false, error: err };
      continue;
    }
    if (spec.kind === 'boolean') {
      set(spec, true, name);
      continue;
    }
    if (i + 1 >= argv.length) return { ok: false, error: `flag ${name} needs a value${spec.value ? ` (${spec.value})` : ''}` };
    const err = set(spec, argv[++i], name);
    if (err) return { ok: false, error: err };
  }
  return { ok: true, args: { flags, positionals, plus } };
}

export function str(args: ParsedArgs, key: string): string | undefined {
  const v = args.flags[key];
  return typeof v === 'string' ? v : undefined;
}

export function bool(args: ParsedArgs, key: string): boolean {
  return args.flags[key] === true;
}

export function list(args: ParsedArgs, key: string): string[] {
  const v = args.flags[key];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** Help lines for a flag table, aligned. */
export function formatFlags(specs: readonly FlagSpec[]): string {
  const left = specs.map((s) => `  ${s.names.join(', ')}${s.value ? ` ${s.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `${left[i].padEnd(width)}${s.help}${s.kind === 'list' ? ' (repeatable)' : ''}`).join('\n') + '\n';
}
