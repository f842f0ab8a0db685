/**
 * `podpath describe svc|ingress [NAME…]`: a Service with the endpoints behind each port, or an Ingress with each
 * rule's backend and its endpoints, printed as `kubectl describe` prints them (src/format/describe.ts). The same
 * answer as the app's console (src/console/run-describe.ts).
 */
import { parseDescribeArgs } from '../../console/parse';
import { describeObjects } from '../../console/run-describe';
import { KubectlPanic } from '../../format/describe';
import { bool, str } from '../args';
import type { Command } from '../command';
import { HELP_FLAG, INPUT_FLAGS, loadSimulation, NAMESPACE_FLAG } from '../common';
import { CliError } from '../input';

export const describeCommand: Command = {
  name: 'describe',
  summary: 'describe a Service (its endpoints per port) or an Ingress (each backend and its endpoints) as kubectl does',
  usage: 'podpath describe svc|ingress [NAME…] [-n NS | -A] [-f FILE]',
  flags: [
    NAMESPACE_FLAG,
    { names: ['-A', '--all-namespaces'], key: 'all', kind: 'boolean', help: 'every namespace' },
    ...INPUT_FLAGS, HELP_FLAG,
  ],
  details: [
    'Kinds: services (service, svc), ingresses (ingress, ing); also TYPE/NAME.',
    'One NAME that does not exist describes every object whose name starts with it, as kubectl does.',
    'There are no events: a simulation has no clock, so every description ends with "Events: <none>".',
    'Exit status 0; 1 when a NAME was not found; 2 for a bad file or flag.',
    'Examples:',
    '  podpath describe svc sample-none-selector -f services.yaml',
    '  podpath describe ingress -f ingress.yaml',
  ].join('\n'),
  async run(args, io) {
    if (args.positionals.length === 0) throw new CliError('which kind? usage: podpath describe svc|ingress [NAME…]');
    const parsed = parseDescribeArgs(args.positionals);
    if (typeof parsed === 'string') throw new CliError(parsed.replace(/^error: /, ''));
    const all = bool(args, 'all');
    if (all && parsed.names.length) throw new CliError('a resource cannot be retrieved by name across all namespaces');
    const { sim } = await loadSimulation(args, io);
    let d;
    try {
      d = describeObjects({ kind: 'kubectl.describe', ...parsed, namespace: str(args, 'namespace'), allNamespaces: all }, sim);
    } catch (e) {
      if (e instanceof KubectlPanic) throw new CliError(e.message.replace(/\n\((.*)\)$/, ' — $1').replace(/^panic: /, 'kubectl would panic: '));
      throw e;
    }
    if (d.none) io.stderr(`${d.none}\n`);
    io.stdout(d.out);
    for (const e of d.errors) io.stderr(`${e}\n`);
    return d.errors.length ? 1 : 0;
  },
};
