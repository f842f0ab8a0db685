/**
 * `podpath get KIND[,KIND…] [NAME…]`: the simulated cluster as `kubectl get` prints it (tables from
 * src/format/kubectl.ts), or as a kubectl-style `List` with -o json / -o yaml, or `kind/name` with -o name.
 */
import { stringify } from 'yaml';
import { renderTable, type TableOptions } from '../../format/kubectl';
import { findKind, KINDS, notFoundError, toKubeObject, type KindDef, type Row } from '../../format/kubectl-objects';
import { bool, str } from '../args';
import type { Command } from '../command';
import { HELP_FLAG, INPUT_FLAGS, loadSimulation, NAMESPACE_FLAG } from '../common';
import { CliError } from '../input';

export const getCommand: Command = {
  name: 'get',
  summary: 'list objects of the simulated cluster as kubectl get does (with addresses and ports allocated)',
  usage: 'podpath get KIND[,KIND…] [NAME…] [-n NS | -A] [-o wide|json|yaml|name] [-f FILE]',
  flags: [
    NAMESPACE_FLAG,
    { names: ['-A', '--all-namespaces'], key: 'all', kind: 'boolean', help: 'every namespace (adds a NAMESPACE column)' },
    { names: ['-o', '--output'], key: 'output', kind: 'string', value: 'FORMAT', help: 'wide, json, yaml or name' },
    ...INPUT_FLAGS, HELP_FLAG,
  ],
  details: [
    `Kinds: ${KINDS.map((k) => `${k.resource} (${k.aliases.join(', ')})`).join(', ')}.`,
    'There is no AGE column: a simulation has no clock.',
    'Exit status 0; 1 when a NAME was not found; 2 for a bad file or flag.',
    'Examples:',
    '  podpath get svc -A -f app.yaml',
    '  podpath get pods,svc -o wide -f app.yaml',
    '  podpath get ingress web -o json -f app.yaml',
  ].join('\n'),
  async run(args, io) {
    const [kindsArg, ...names] = args.positionals;
    if (!kindsArg) throw new CliError(`which kind? usage: podpath get KIND[,KIND…] (kinds: ${KINDS.map((k) => k.resource).join(', ')})`);
    const kinds = kindsArg.split(',').filter(Boolean).map((w) => {
      const k = findKind(w.split('.')[0]);
      if (!k) throw new CliError(`the server doesn't have a resource type "${w}" (kinds: ${KINDS.map((x) => x.resource).join(', ')})`);
      return k;
    });
    const output = str(args, 'output') ?? '';
    if (!['', 'wide', 'json', 'yaml', 'name'].includes(output)) throw new CliError(`-o takes wide, json, yaml or name, got "${output}"`);
    const all = bool(args, 'all');
    const namespace = str(args, 'namespace') ?? 'default';
    if (all && names.length) throw new CliError('a resource cannot be retrieved by name across all namespaces');
    const { sim } = await loadSimulation(args, io);

    const opts: TableOptions = { allNamespaces: all, wide: output === 'wide' };
    const picked: { kind: KindDef; rows: Row[] }[] = [];
    let missing = 0;
    for (const kind of kinds) {
      let rows = kind.rows(sim).filter((r) => !kind.namespaced || all || r.namespace === namespace);
      rows.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
      if (names.length) {
        for (const n of names) {
          if (!rows.some((r) => r.name === n)) {
            io.stderr(`${notFoundError(kind.resource, n)}\n`);
            missing++;
          }
        }
        rows = rows.filter((r) => names.includes(r.name));
      }
      picked.push({ kind, rows });
    }

    if (output === 'json' || output === 'yaml') {
      const items = picked.flatMap(({ kind, rows }) => rows.map((r) => toKubeObject(kind, r)));
      const list = { apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } };
      // No anchors or aliases: simulated objects share data (a ReplicaSet's pods share its template's), and kubectl
      // prints every object in full.
      io.stdout(output === 'json' ? `${JSON.stringify(list, null, 4)}\n` : stringify(list, { aliasDuplicateObjects: false }));
      return missing ? 1 : 0;
    }
    if (output === 'name') {
      io.stdout(picked.flatMap(({ kind, rows }) => rows.map((r) => `${kind.prefix}/${r.name}\n`)).join(''));
      return missing ? 1 : 0;
    }
    const prefixed = kinds.length > 1;
    const tables: string[] = [];
    for (const { kind, rows } of picked) {
      if (!rows.length) continue;
      const t = kind.table(rows, { ...opts, allNamespaces: opts.allNamespaces && kind.namespaced });
      if (prefixed) {
        const col = t.headers.indexOf('NAME');
        t.rows.forEach((r) => { r[col] = `${kind.prefix}/${r[col]}`; });
      }
      tables.push(renderTable(t));
    }
    if (!tables.length && !missing) {
      // get.go: the namespace is named only when every kind asked is namespaced and -A was not given.
      io.stderr(all || kinds.some((k) => !k.namespaced) ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`);
    }
    io.stdout(tables.join('\n'));
    return missing ? 1 : 0;
  },
};
