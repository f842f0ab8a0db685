/**
 * `podpath describe svc|ingress [NAME…]`: a Service with the endpoints behind each port, or an Ingress with each
 * rule's backend and its endpoints, printed as `kubectl describe` prints them (src/format/describe.ts). The same
 * answer as the app's console (src/console/run-describe.ts).
 */
import { describeObjects } from '../../console/run-describe';
import type { DescribableResource } from '../../console/types';
import { bool, str } from '../args';
import type { Command } from '../command';
import { HELP_FLAG, INPUT_FLAGS, loadSimulation } from '../common';
import { CliError } from '../input';

const KINDS: Readonly<Record<string, DescribableResource>> = {
  services: 'services', service: 'services', svc: 'services',
  ingresses: 'ingresses', ingress: 'ingresses', ing: 'ingresses',
};

export const describeCommand: Command = {
  name: 'describe',
  summary: 'describe a Service (its endpoints per port) or an Ingress (each backend and its endpoints) as kubectl does',
  usage: 'podpath describe svc|ingress [NAME…] [-n NS | -A] [-f FILE]',
  flags: [
    { names: ['-n', '--namespace'], key: 'namespace', kind: 'string', value: 'NS', help: 'the namespace (default: default)' },
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
    let [kindArg, ...names] = args.positionals;
    if (!kindArg) throw new CliError('which kind? usage: podpath describe svc|ingress [NAME…]');
    if (kindArg.includes('/')) {
      const pairs = [kindArg, ...names].map((w) => w.split('/'));
      if (pairs.some((p) => p.length !== 2 || !p[1] || p[0] !== pairs[0][0])) throw new CliError('arguments in resource/name form must have a single resource and name');
      kindArg = pairs[0][0];
      names = pairs.map((p) => p[1]);
    }
    const resource = KINDS[kindArg.toLowerCase().split('.')[0]];
    if (!resource) throw new CliError(`cannot describe "${kindArg}" (kinds: services, ingresses)`);
    const { sim } = await loadSimulation(args, io);
    const d = describeObjects({ kind: 'kubectl.describe', resource, names, namespace: str(args, 'namespace'), allNamespaces: bool(args, 'all') }, sim);
    if (d.none) io.stderr(`${d.none}\n`);
    io.stdout(d.descriptions.join('\n\n'));
    for (const e of d.errors) io.stderr(`${e}\n`);
    return d.errors.length ? 1 : 0;
  },
};
