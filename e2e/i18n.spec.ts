import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

/**
 * Words of Latin letters that may stay in Korean: Kubernetes kinds and field names, protocol and tool names,
 * and the product's name. Identifiers from the manifests on screen (object names, labels, namespaces) are
 * allowed too (collected from the text), as are DNS names, IPs and anything in code (console output, YAML).
 */
const ALLOWED = new Set([
  'PodPath', 'Kubernetes', 'English',
  'Service', 'Services', 'Pod', 'Pods', 'Deployment', 'StatefulSet', 'ReplicaSet', 'Ingress', 'Ingresses', 'IngressClass',
  'EndpointSlice', 'EndpointSlices', 'Endpoints', 'Node', 'Nodes', 'Namespace', 'ConfigMap', 'CoreDNS',
  'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'Headless', 'None', 'None)', 'kube', 'proxy', 'kube-proxy', 'kube-dns',
  'iptables', 'ipvs', 'nftables', 'DNS', 'A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'NXDOMAIN', 'NOERROR', 'SERVFAIL', 'TTL',
  'HTTP', 'HTTPS', 'TCP', 'UDP', 'TLS', 'SNI', 'IP', 'IPs', 'NAT', 'DNAT', 'SNAT', 'LAN', 'URL', 'YAML', 'yaml', 'JSON', 'PNG', 'SVG', 'QR',
  'MB', 'KB', 'Ctrl', 'Esc', 'Enter', 'X-Forwarded-For', 'Host', 'resolv', 'conf', 'ndots', 'search', 'nameserver',
  'dig', 'nslookup', 'curl', 'kubectl', 'exec', 'get', 'svc', 'ep', 'wide', 'internet', 'lan', 'client', 'cluster', 'local', 'ready',
  'spec', 'selector', 'ports', 'port', 'targetPort', 'nodePort', 'clusterIP', 'externalTrafficPolicy', 'Local', 'Cluster', 'labels',
  'metadata', 'name', 'namespace', 'kind', 'apiVersion', 'ingressClassName', 'pathType', 'Prefix', 'Exact', 'host', 'path', 'backend',
  'v', 'apps', 'networking', 'io', 'k', 's', 'nginx', 'worker', 'control', 'plane', 'controller', 'ingress', 'default',
  // The graph cards' kind tags (CL = client, NO = node, EPS = EndpointSlice…), and IPv4/IPv6.
  'CL', 'NO', 'LB', 'IC', 'ING', 'EPS', 'NS', 'POD', 'SVC', 'H', 'IPv',
  // Words of configuration files and components quoted in the narration (resolv.conf, nsswitch.conf, kubelet).
  'options', 'nsswitch', 'files', 'hosts', 'kubelet', 'CoreDNS', 'Corefile', 'forward', 'loadbalance',
  // Field values and port names as Kubernetes writes them (taints, phases, badges, port names).
  'http', 'https', 'dns', 'tcp', 'udp', 'metrics', 'grpc', 'NoSchedule', 'NotReady', 'Running', 'Pending', 'Failed', 'Succeeded',
  'ExternalIPs', 'publishNotReady', 'hostNetwork', 'eTP', 'iTP', 'affinity', 'ClientIP', 'cloud', 'in-cluster',
]);

async function visibleLatinWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SKIP = 'code, pre, kbd, samp, textarea, input, select, option, script, style, .monaco-editor, [data-testid="console.log"], .console-log, .react-flow__attribution, [translate="no"]';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(SKIP)) continue;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) continue;
      if (el.closest('.sr-only')) continue;
      out.push(n.textContent ?? '');
    }
    return out;
  });
}

function englishLeft(texts: string[], identifiers: Set<string>): string[] {
  const left = new Set<string>();
  for (const t of texts) {
    // DNS names, IPs, CIDRs, ports, paths and key=value are identifiers, not words.
    const cleaned = t.replace(/\b[\w-]+(\.[\w-]+)+\.?/g, ' ').replace(/\b\d+(\.\d+){3}(\/\d+|:\d+)?/g, ' ').replace(/\S*[/=:]\S*/g, ' ')
      // Tokens with digits are names and addresses (web-565598dc9-kbtg7, IPv4), not words.
      .replace(/[\w-]*\d[\w-]*/g, ' ');
    for (const w of cleaned.match(/[A-Za-z][A-Za-z'-]*/g) ?? []) {
      const word = w.replace(/[-']+$/, '');
      if (!word || ALLOWED.has(word) || identifiers.has(word) || word.split('-').every((p) => ALLOWED.has(p) || identifiers.has(p))) continue;
      left.add(word);
    }
  }
  return [...left].sort();
}

/** Identifiers: every word of the manifests, and the names the graph and the source list show (generated pod
 *  names, nodes, namespaces, clients) — data on screen, not UI text. */
async function identifiersOnScreen(page: Page): Promise<Set<string>> {
  const data = await page.evaluate(() => {
    type Summary = { sources?: unknown; graph?: { nodes: { label: string }[]; groups?: { label: string }[] } | null };
    const s = (window as unknown as { podpathStore: { getState(): { text: string; simulation: Summary | null } } }).podpathStore.getState();
    const g = s.simulation?.graph;
    return [s.text, JSON.stringify(s.simulation?.sources ?? {}), ...(g?.nodes ?? []).map((n) => n.label), ...(g?.groups ?? []).map((n) => n.label)].join(' ');
  });
  return new Set((data.match(/[A-Za-z][\w-]*/g) ?? []).flatMap((w) => [w, ...w.split('-')]));
}

test.describe('Korean', () => {
  test('switching to Korean leaves no English on the screen, and the choice is remembered', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('svc/default/web')).toBeVisible();
    await page.getByTestId('lang.ko').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const pod = await defaultPod(page);
    await app.console.run(`kubectl exec -it ${pod} -- curl -v http://web/`);
    await app.player.next.click();
    page.on('dialog', (d) => void d.accept());
    const screens: [string, () => Promise<void>][] = [
      ['main', async () => {}],
      ['lessons', async () => {
        await page.getByTestId('header.lessons').click();
        await expect(page.getByTestId('lessons.list')).toBeVisible();
      }],
      ['share', async () => {
        await page.getByTestId('header.share').click();
        await expect(page.getByTestId('share.qr')).toBeVisible();
      }],
      ['lesson', async () => {
        await page.getByTestId('share.close').click();
        await page.getByTestId('lessons.open.clusterip').click();
        await page.getByTestId('lessons.run.1').click();
        await expect(page.getByTestId('player.narration')).not.toBeEmpty();
        await page.getByTestId('lessons.check').click();
        await page.getByTestId('lessons.hint').click();
        await expect(page.getByTestId('lessons.result')).toBeVisible();
      }],
      ['present', async () => {
        await page.getByTestId('header.present').click();
        await page.keyboard.press('ArrowRight');
        await expect(page.getByTestId('present.view')).toBeVisible();
        await page.waitForTimeout(300);
      }],
    ];
    const found: Record<string, string[]> = {};
    for (const [name, open] of screens) {
      await open();
      await app.snapshot(testInfo, `i18n-ko-${name}`);
      found[name] = englishLeft(await visibleLatinWords(page), await identifiersOnScreen(page));
    }
    expect(found).toEqual({ main: [], lessons: [], share: [], lesson: [], present: [] });
    await page.keyboard.press('Escape');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
});

/** A pod of the default namespace (the console's source list, as the worker summarises it). */
async function defaultPod(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Pods = { namespace: string; name: string }[];
    const s = (window as unknown as { podpathStore: { getState(): { simulation: { sources?: { pods: Pods } } | null } } }).podpathStore.getState();
    return s.simulation?.sources?.pods.find((p) => p.namespace === 'default')?.name ?? 'db-0';
  });
}
