/**
 * Read a Corefile (the `coredns` ConfigMap in kube-system) into CoreDNSConfig: the root server block
 * (`.:53 { … }`), its `kubernetes` plugin block (https://coredns.io/plugins/kubernetes/, setup.go
 * ParseStanza), `forward . TARGETS` (plugin/forward) and `cache [TTL]` (plugin/cache).
 * `loadbalance` is read too: it reorders address records (src/dns/server.ts).
 * Other plugins (errors, health, ready, prometheus, loop, reload, log, …) are noted as info:
 * they do not change which answer a query gets. Other server blocks (stub domains such as
 * `consul.local:53 { forward . 10.150.0.1 }`) are noted too; only the root block is simulated.
 * Problems are warnings with a 1-based line/column inside the Corefile text (a caller embedding it in a
 * YAML document shifts them); nothing throws, and whatever is unreadable keeps its `base` value.
 */
import type { CoreDNSConfig } from '../api/world';
import type { Diagnostic, Severity } from '../manifest/diagnostics';
import { renderMessage } from '../messages/index';
import { cidrToReverseZones, fqdn } from './names';
import './messages';

interface Tok {
  text: string;
  line: number;
  col: number;
}

interface Directive {
  name: Tok;
  args: Tok[];
  block?: Directive[];
}

/** Split into lines of tokens; `#` starts a comment, double quotes group words. */
function tokenize(text: string): Tok[][] {
  const lines: Tok[][] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const toks: Tok[] = [];
    const re = /"((?:[^"\\]|\\.)*)"|(#.*$)|([^\s"#]+)/g;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      if (m[2] !== undefined) break;
      const word = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[3];
      const col = m.index + 1;
      // "{" glued to a word (".:53{") is a separate token.
      if (m[3] !== undefined && word.length > 1 && word.endsWith('{')) {
        toks.push({ text: word.slice(0, -1), line: i + 1, col }, { text: '{', line: i + 1, col: col + word.length - 1 });
      } else toks.push({ text: word, line: i + 1, col });
    }
    if (toks.length) lines.push(toks);
  });
  return lines;
}

interface Parser {
  lines: Tok[][];
  i: number;
  diagnostics: Diagnostic[];
}

function diag(p: Pick<Parser, 'diagnostics'>, severity: Severity, code: string, at: Tok, params: Record<string, string | number>): void {
  p.diagnostics.push({
    severity, code, message: renderMessage(code, params), params,
    range: { start: { line: at.line, column: at.col }, end: { line: at.line, column: at.col + at.text.length } },
  });
}

function parseBlock(p: Parser, depth: number): Directive[] {
  const out: Directive[] = [];
  while (p.i < p.lines.length) {
    const line = p.lines[p.i++];
    if (line[0].text === '}') {
      if (depth > 0) return out;
      diag(p, 'warning', 'corefile/unexpected-brace', line[0], {});
      continue;
    }
    const opens = line[line.length - 1].text === '{';
    const words = opens ? line.slice(0, -1) : line;
    if (words.length === 0) continue;
    const d: Directive = { name: words[0], args: words.slice(1) };
    if (opens) {
      const start = p.i;
      d.block = parseBlock(p, depth + 1);
      if (p.i >= p.lines.length && !closed(p.lines, start)) diag(p, 'warning', 'corefile/unclosed-block', line[line.length - 1], {});
    }
    out.push(d);
  }
  return out;
}

/** Did a block that started at line index `start` get its closing brace? */
function closed(lines: Tok[][], start: number): boolean {
  let depth = 1;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (l[0].text === '}') depth--;
    else if (l[l.length - 1].text === '{') depth++;
    if (depth === 0) return true;
  }
  return false;
}

const NOT_SIMULATED_OPTIONS = new Set([
  'endpoint', 'tls', 'kubeconfig', 'labels', 'namespace_labels', 'noendpoints', 'multicluster', 'startup_timeout',
  'apiserver_qps', 'apiserver_burst', 'apiserver_max_inflight', 'ptr_hostname_only', 'zonal', 'terminating_endpoints',
]);

/**
 * What a bad value should have been: the suffix of a `corefile/expected.*` key, passed as the diagnostic's
 * `expectedKey` (rendered into `{expected}` by src/messages expandParams, in English or Korean).
 */
type ExpectedValue = 'pods-mode' | 'namespaces' | 'empty-service' | 'ttl';

/**
 * What the kubernetes plugin is before its block is read: ParseStanza (setup.go) starts from New()
 * (kubernetes.go: podMode = podModeDisabled, ttl = defaultTTL 5; no fallthrough, every namespace). An option
 * the Corefile leaves out takes this value, not the World's (kubeadm's) one.
 */
export const KUBERNETES_PLUGIN_DEFAULTS = {
  pods: 'disabled', namespaces: [], endpointPodNames: false, ignoreEmptyService: false, ttl: 5, fallthrough: [],
} as const satisfies Partial<CoreDNSConfig>;

/** `kubernetes ZONES { … }` (setup.go ParseStanza). */
function readKubernetes(p: Parser, d: Directive, serverZones: string[], cfg: CoreDNSConfig): CoreDNSConfig {
  const zones: string[] = [];
  for (const a of d.args) {
    if (a.text.includes('/')) {
      const rev = cidrToReverseZones(a.text);
      if (rev) zones.push(...rev);
      else diag(p, 'warning', 'corefile/bad-value', a, { directive: 'kubernetes', value: a.text, expectedKey: 'corefile/expected.zone-or-cidr' });
    } else zones.push(fqdn(a.text).toLowerCase());
  }
  let out: CoreDNSConfig = { ...cfg, ...KUBERNETES_PLUGIN_DEFAULTS, zones: zones.length ? zones : serverZones };
  for (const o of d.block ?? []) {
    const args = o.args.map((a) => a.text);
    const bad = (expected: ExpectedValue, at: Tok = o.args[0] ?? o.name) =>
      diag(p, 'warning', 'corefile/bad-value', at, { directive: o.name.text, value: args.join(' '), expectedKey: `corefile/expected.${expected}` });
    switch (o.name.text) {
      case 'pods':
        if (args.length === 1 && (args[0] === 'insecure' || args[0] === 'verified' || args[0] === 'disabled')) out = { ...out, pods: args[0] };
        else bad('pods-mode');
        break;
      case 'namespaces':
        if (args.length) out = { ...out, namespaces: args };
        else bad('namespaces');
        break;
      case 'endpoint_pod_names':
        out = { ...out, endpointPodNames: true };
        break;
      case 'ignore':
        if (args.length === 1 && args[0] === 'empty_service') out = { ...out, ignoreEmptyService: true };
        else bad('empty-service');
        break;
      case 'ttl': {
        const n = Number(args[0]);
        if (args.length === 1 && Number.isInteger(n) && n >= 0 && n <= 3600) out = { ...out, ttl: n };
        else bad('ttl');
        break;
      }
      case 'fallthrough':
        out = { ...out, fallthrough: args.length ? args.map((z) => fqdn(z).toLowerCase()) : ['.'] };
        break;
      default:
        if (NOT_SIMULATED_OPTIONS.has(o.name.text)) diag(p, 'info', 'corefile/unknown-option', o.name, { option: o.name.text });
        else diag(p, 'warning', 'corefile/unknown-option', o.name, { option: o.name.text });
    }
  }
  return out;
}

/** Server block keys (`.:53`, `dns://.:53`, `cluster.local:53`) → zone names. */
function serverZone(key: string): string {
  const bare = key.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
  return fqdn(bare || '.').toLowerCase();
}

export function parseCorefile(text: string, base: CoreDNSConfig): { config: CoreDNSConfig; diagnostics: Diagnostic[] } {
  const p: Parser = { lines: tokenize(text), i: 0, diagnostics: [] };
  const blocks = parseBlock(p, 0);
  // What the Corefile does not say is not there: no `cache` means no cache, no `forward` means nothing is forwarded.
  let cfg: CoreDNSConfig = { ...base, cacheSeconds: 0, forwardTo: [] };
  const root = blocks.find((b) => [b.name, ...b.args].some((k) => serverZone(k.text) === '.'));
  for (const b of blocks) {
    if (b !== root) diag(p, 'info', 'corefile/other-server-block', b.name, { zone: b.name.text });
  }
  if (!root) {
    const at = blocks[0]?.name ?? { text: '', line: 1, col: 1 };
    diag(p, 'warning', 'corefile/no-server-block', at, {});
    return { config: base, diagnostics: p.diagnostics };
  }
  const serverZones = [root.name, ...root.args].map((k) => serverZone(k.text));
  let sawKubernetes = false;
  let sawLoadbalance = false;
  for (const d of root.block ?? []) {
    switch (d.name.text) {
      case 'kubernetes':
        sawKubernetes = true;
        cfg = readKubernetes(p, d, serverZones, cfg);
        break;
      case 'forward': {
        const [from, ...to] = d.args;
        if (!from || to.length === 0) diag(p, 'warning', 'corefile/bad-value', d.name, { directive: 'forward', value: d.args.map((a) => a.text).join(' '), expectedKey: 'corefile/expected.forward' });
        else cfg = { ...cfg, forwardTo: to.map((t) => t.text) };
        break;
      }
      case 'cache': {
        const ttl = d.args[0];
        if (!ttl) cfg = { ...cfg, cacheSeconds: 3600 };
        // plugin/cache/setup.go: "cache TTL can not be zero or negative" — CoreDNS would not start.
        else if (/^\d+$/.test(ttl.text) && Number(ttl.text) > 0) cfg = { ...cfg, cacheSeconds: Number(ttl.text) };
        else diag(p, 'warning', 'corefile/bad-value', ttl, { directive: 'cache', value: ttl.text, expectedKey: 'corefile/expected.cache-ttl' });
        break;
      }
      case 'loadbalance':
        sawLoadbalance = true;
        break;
      default:
        diag(p, 'info', 'corefile/unknown-directive', d.name, { directive: d.name.text });
    }
  }
  if (!sawKubernetes) cfg = { ...cfg, zones: [] };
  // `loadbalance` (round_robin) reorders address records per response (src/dns/server.ts); without the
  // directive the answer keeps the kubernetes plugin's own order.
  cfg = { ...cfg, loadbalance: sawLoadbalance };
  return { config: cfg, diagnostics: p.diagnostics };
}
