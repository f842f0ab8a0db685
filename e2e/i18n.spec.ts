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
    const cleaned = t.replace(/\b[\w-]+(\.[\w-]+)+\.?/g, ' ').replace(/\b\d+(\.\d+){3}(\/\d+|:\d+)?/g, ' ').replace(/\S*[/=:]\S*/g, ' ');
    for (const w of cleaned.match(/[A-Za-z][A-Za-z'-]*/g) ?? []) {
      const word = w.replace(/[-']+$/, '');
      if (!word || ALLOWED.has(word) || identifiers.has(word) || word.split('-').every((p) => ALLOWED.has(p) || identifiers.has(p))) continue;
      left.add(word);
    }
  }
  return [...left].sort();
}

test.describe('Korean', () => {
  test('switching to Korean leaves no English on the screen, and the choice is remembered', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('svc/default/web')).toBeVisible();
    await page.getByTestId('lang.ko').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const pod = await page.evaluate(() => (window as unknown as { podpathStore: { getState(): { simulation: { cluster: { pods: { namespace: string; name: string }[] } } | null } } })
      .podpathStore.getState().simulation?.cluster.pods.find((p) => p.namespace === 'default')?.name);
    await app.console.run(`kubectl exec -it ${pod} -- curl -v http://web/`);
    await app.player.next.click();
    // Identifiers: every word of the manifests, and every string value of the cluster state (generated pod
    // names, node names, namespaces…) — data on screen, not UI text.
    const data = await page.evaluate(() => {
      const s = (window as unknown as { podpathStore: { getState(): { text: string; simulation: { cluster: unknown } | null } } }).podpathStore.getState();
      const values: string[] = [s.text];
      const walk = (v: unknown): void => {
        if (typeof v === 'string') values.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(s.simulation?.cluster);
      return values.join(' ');
    });
    const identifiers = new Set((data.match(/[A-Za-z][\w-]*/g) ?? []).flatMap((w) => [w, ...w.split('-')]));

    const screens: [string, () => Promise<void>][] = [
      ['main', async () => {}],
      ['lessons', async () => {
        await page.getByTestId('header.lessons').click();
        await expect(page.getByTestId('lessons.list')).toBeVisible();
      }],
      ['share', async () => {
        await page.getByTestId('header.lessons').click();
        await page.getByTestId('header.share').click();
        await expect(page.getByTestId('share.qr')).toBeVisible();
      }],
    ];
    const found: Record<string, string[]> = {};
    for (const [name, open] of screens) {
      await open();
      await app.snapshot(testInfo, `i18n-ko-${name}`);
      found[name] = englishLeft(await visibleLatinWords(page), identifiers);
    }
    expect(found).toEqual({ main: [], lessons: [], share: [] });

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
});
