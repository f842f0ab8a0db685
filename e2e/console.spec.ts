import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const seed001 = readFileSync(new URL('./fixtures/seed-001.yaml', import.meta.url), 'utf8');

test.describe('the console', () => {
  test('explains unknown commands and keeps a history', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const out = await app.console.run('frobnicate now');
    expect(out).toContain('command not found');
    await app.console.run('help');
    await app.console.input.press('ArrowUp');
    await expect(app.console.input).toHaveValue('help');
    await app.console.input.press('ArrowUp');
    await expect(app.console.input).toHaveValue('frobnicate now');
    await app.console.input.press('ArrowDown');
    await expect(app.console.input).toHaveValue('help');
  });

  test("pastes the seed post's two-line INGRESS_IP command, then curls through the Ingress with it", async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.paste(seed001);
    await expect(app.graphNode('ing/default/sample-ingress-by-nginx')).toBeVisible();
    const address = (await app.console.run("kubectl get ingress sample-ingress-by-nginx -o jsonpath='{.status.loadBalancer.ingress[0].ip}'")).trim();
    expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    // Seed 001 (6.11.4), as printed: the first line ends in a backslash, so bash waits for the second ("> ").
    await app.console.paste("$ INGRESS_IP=`kubectl get ingress sample-ingress-by-nginx \\\n-o jsonpath='{.status.loadBalancer.ingress[0].ip}'`");
    await expect(page.getByTestId('console.pending')).toHaveText('$ $ INGRESS_IP=`kubectl get ingress sample-ingress-by-nginx \\');
    await expect(app.console.input).toHaveValue("-o jsonpath='{.status.loadBalancer.ingress[0].ip}'`");
    await app.snapshot(testInfo, 'console-pending');
    const before = await app.console.entries.count();
    await app.console.input.press('Enter');
    await expect(app.console.entries).toHaveCount(before + 1);
    await expect(page.getByTestId('console.pending')).toHaveCount(0);
    await expect(app.console.entries.last().locator('pre')).toHaveText('');
    const out = await app.console.run('$ curl -ivk http://${INGRESS_IP}/path1/ -H "Host: sample.example.com"');
    expect(out).toContain(`* Connected to ${address} (${address}) port 80`);
    expect(out).toContain('< HTTP/1.1 200 OK');
    expect(out).toMatch(/^Host=sample\.example\.com {2}Path=\/path1\/ {2}From=sample-ingress-apps-1 /m);
    expect(await app.console.run('echo $INGRESS_IP')).toBe(`${address}\n`);
    await app.snapshot(testInfo, 'console-ingress-ip');
    // The same over HTTPS without -k: the URL names an address, so curl sends no server name (SNI) and
    // ingress-nginx presents its self-signed fake certificate whatever the Host header says; curl refuses it as
    // curl 7.88.1 does (exit 60), before any request line.
    const tls = await app.console.run('curl -v https://${INGRESS_IP}/path1/ -H "Host: sample.example.com"');
    expect(tls).toContain('* SSL certificate problem: self-signed certificate\n* Closing connection\ncurl: (60) SSL certificate problem: self-signed certificate\n');
    expect(tls).not.toContain('> GET');
    await app.snapshot(testInfo, 'console-tls-refused');
  });

  test('prints resolv.conf from a pod through kubectl exec', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('pod/default/db-0')).toBeVisible();
    const out = await app.console.run('kubectl exec -it db-0 -- cat /etc/resolv.conf');
    expect(out).toContain('search default.svc.cluster.local svc.cluster.local cluster.local');
    expect(out).toContain('options ndots:5');
  });
});

test.describe('kubectl describe in the console', () => {
  test('describes a Service as kubectl does: aligned fields, the endpoints behind each port', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('pod/default/db-0')).toBeVisible();
    const out = await app.console.run('kubectl describe svc web');
    expect(out).toMatch(/^Name:\s+web$/m);
    // describe.go's tabwriter: every label padded to the widest one, plus two spaces.
    const labels = out.split('\n').filter((l) => /^[A-Z][A-Za-z ]+:\s/.test(l)).map((l) => l.search(/(?<=:\s+)\S/));
    expect(new Set(labels).size).toBe(1);
    expect(out).toMatch(/^Endpoints:\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80$/m);
    await app.snapshot(testInfo, 'console-describe-svc');
  });
});
