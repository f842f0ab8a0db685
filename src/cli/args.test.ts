import { describe, expect, it } from 'vitest';
import { parseArgs, type FlagSpec } from './args';

const specs: FlagSpec[] = [
  { names: ['-f', '--filename'], key: 'file', kind: 'list', value: 'FILE', help: '' },
  { names: ['-n', '--namespace'], key: 'namespace', kind: 'string', value: 'NS', help: '' },
  { names: ['-o', '--output'], key: 'output', kind: 'string', help: '' },
  { names: ['-A', '--all-namespaces'], key: 'all', kind: 'boolean', help: '' },
  { names: ['-H', '--header'], key: 'header', kind: 'list', help: '' },
  { names: ['--json'], key: 'json', kind: 'boolean', help: '' },
];

describe('parseArgs', () => {
  const cases: { name: string; argv: string[]; plus?: boolean; flags?: object; positionals?: string[]; extra?: string[]; error?: string }[] = [
    { name: 'positionals and a value flag', argv: ['svc', '-f', 'a.yaml'], flags: { file: ['a.yaml'] }, positionals: ['svc'] },
    { name: 'repeated list flag', argv: ['-f', 'a', '--filename', 'b', '-fc'], flags: { file: ['a', 'b', 'c'] } },
    { name: '--flag=value', argv: ['--namespace=kube-system', '--output=wide'], flags: { namespace: 'kube-system', output: 'wide' } },
    { name: 'attached short value', argv: ['-owide', '-nkube-system'], flags: { output: 'wide', namespace: 'kube-system' } },
    { name: 'short -o=json', argv: ['-o=json'], flags: { output: 'json' } },
    { name: 'boolean', argv: ['-A', '--json'], flags: { all: true, json: true } },
    { name: '--json=false', argv: ['--json=false'], flags: { json: false } },
    { name: 'headers keep their spaces', argv: ['-H', 'Host: a.example.com', '-H', 'X-A: b c'], flags: { header: ['Host: a.example.com', 'X-A: b c'] } },
    { name: 'lone dash is stdin', argv: ['-f', '-', '-'], flags: { file: ['-'] }, positionals: ['-'] },
    { name: 'double dash ends flags', argv: ['--', '-A', 'x'], flags: {}, positionals: ['-A', 'x'] },
    { name: 'dig plus options', argv: ['web', '+search', '+short', 'A'], plus: true, positionals: ['web', 'A'], extra: ['search', 'short'] },
    { name: 'plus is a positional for other commands', argv: ['+search'], positionals: ['+search'] },
    { name: 'negative number is a positional', argv: ['-1'], positionals: ['-1'] },
    { name: 'unknown flag', argv: ['--bogus'], error: 'unknown flag --bogus' },
    { name: 'unknown short flag', argv: ['-z'], error: 'unknown flag -z' },
    { name: 'missing value', argv: ['-f'], error: 'flag -f needs a value (FILE)' },
    { name: 'boolean with a value', argv: ['--json=yes'], error: 'flag --json takes no value (got "yes")' },
  ];
  it.each(cases)('$name', ({ argv, plus, flags, positionals, extra, error }) => {
    const r = parseArgs(argv, specs, plus);
    if (error) {
      expect(r).toEqual({ ok: false, error });
      return;
    }
    if (!r.ok) throw new Error(r.error);
    if (flags) expect(r.args.flags).toEqual(flags);
    expect(r.args.positionals).toEqual(positionals ?? []);
    expect(r.args.plus).toEqual(extra ?? []);
  });
});
