/**
 * The app's performance budget, measured in a real browser on a production build:
 *   initial JS before Monaco (gzip)          ≤ 200 KB
 *   navigation → first graph node            ≤ 0.6 s (median of COLD_LOADS loads in fresh contexts)
 *   keystroke → updated graph, 200 objects   p95 ≤ 100 ms (40 keystrokes after WARM_KEYS cold ones, printed apart)
 *   frame time while a trace plays, 300-node graph   p95 ≤ 20 ms
 * Prints a table; fails only when a figure misses its target by more than 50 % (CI machines vary).
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

interface Figure { name: string; value: number; unit: string; target: number }
const figures: Figure[] = [];

function record(name: string, value: number, unit: string, target: number): void {
  figures.push({ name, value, unit, target });
  console.log(`${name.padEnd(48)} ${value.toFixed(unit === 's' ? 2 : 1).padStart(8)} ${unit.padEnd(3)} (target ≤ ${target} ${unit}) ${value <= target ? 'ok' : 'OVER'}`);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** n Services, each selecting its own Deployment's pods (`pods` replicas). */
function scenario(services: number, pods: number): string {
  const docs: string[] = [];
  for (let i = 0; i < services; i++) {
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
spec:
  selector:
    app: app-${i}
  ports:
    - port: 80
      targetPort: 8080`);
  }
  for (let i = 0; i < services; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  replicas: ${pods}
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - containerPort: 8080`);
  }
  return `${docs.join('\n---\n')}\n`;
}

type Win = typeof window & {
  podpathStore: { getState(): Record<string, unknown> & { setText(t: string): void; text: string; textRevision: number; simulatedRevision: number; simulation: { graph: { nodes: unknown[] } } | null }; subscribe(f: (s: never) => void): () => void };
  podpathEditor: { getModel(): { findMatches(...a: unknown[]): { range: { endLineNumber: number; endColumn: number } }[] }; setPosition(p: object): void; focus(): void };
  __lastKeydown: number;
};

async function loadScenario(page: Page, text: string): Promise<number> {
  await page.evaluate((t) => (window as Win).podpathStore.getState().setText(t), text);
  await expect.poll(() => page.evaluate(() => {
    const s = (window as Win).podpathStore.getState();
    return s.simulatedRevision === s.textRevision ? s.simulation?.graph.nodes.length ?? 0 : 0;
  }), { timeout: 30_000 }).toBeGreaterThan(0);
  return page.evaluate(() => (window as Win).podpathStore.getState().simulation?.graph.nodes.length ?? 0);
}

test.describe.configure({ mode: 'serial' });

/** Cold page loads for the first-graph figure (each in a fresh browser context). */
const COLD_LOADS = 9;

/** Calls `report(performance.now())` in the page when the first graph card appears (an init script). */
function observeFirstNode(report: string): void {
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid^="graph.node."]')) {
      obs.disconnect();
      (window as unknown as Record<string, (at: number) => void>)[report](performance.now());
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The first graph card's time in `p` after navigating to '/', reported through a binding (see below). */
async function firstNodeTime(p: Page): Promise<number> {
  let report: (at: number) => void = () => {};
  const reported = new Promise<number>((resolve, reject) => {
    report = resolve;
    setTimeout(() => reject(new Error('no graph card within 30 s')), 30_000);
  });
  await p.exposeBinding('__podpathFirstNode', (_source, at: number) => report(at));
  await p.addInitScript(observeFirstNode, '__podpathFirstNode');
  await p.goto('/', { waitUntil: 'commit' });
  return reported;
}

test('initial JS before Monaco and time to the first graph node', async ({ page, browser }) => {
  const order: string[] = [];
  page.on('request', (r) => order.push(r.url()));
  const bodies = new Map<string, Buffer>();
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) bodies.set(r.url(), await r.body().catch(() => Buffer.alloc(0)));
  });
  const firstNode = await firstNodeTime(page);
  await page.locator('[data-testid="editor.monaco"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const editorAt = order.findIndex((u) => /\/MonacoEditor-[^/]*\.js$/.test(u));
  const before = order.slice(0, editorAt < 0 ? order.length : editorAt).filter((u) => u.endsWith('.js'));
  // The engine worker's chunks are the worker entry and what it imports, statically or lazily (the worker
  // fetches its own lazy chunks), unless the main thread's chunks import them too (a shared chunk counts as
  // main-thread JS). The page reports both threads' requests.
  const text = (u: string) => (bodies.get(u) ?? Buffer.alloc(0)).toString('utf8');
  const imports = (u: string, dynamic: boolean) => {
    const base = u.slice(0, u.lastIndexOf('/') + 1);
    const re = dynamic ? /(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g : /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
    return [...text(u).matchAll(re)].map((m) => base + m[1]);
  };
  const workerChunks = new Set(before.filter((u) => /\.worker-[^/]*\.js$/.test(u)));
  for (const u of workerChunks) for (const d of imports(u, true)) workerChunks.add(d);
  for (const u of before) if (!workerChunks.has(u)) for (const d of imports(u, true)) workerChunks.delete(d);
  let main = 0;
  let worker = 0;
  for (const u of before) {
    const gz = gzipSync(bodies.get(u) ?? Buffer.alloc(0), { level: 9 }).length / 1024;
    const inWorker = workerChunks.has(u);
    if (inWorker) worker += gz;
    else main += gz;
    console.log(`  before Monaco: ${u.replace(/^.*\/assets\//, '')} ${gz.toFixed(1)} KB gzip${inWorker ? ' (engine worker)' : ''}`);
  }
  record('initial JS before Monaco (main thread, gzip)', main, 'KB', 200);
  // The engine worker is one file, its lazy parts (console tools, inspector) inlined (vite.config.ts). It loads
  // beside the page's own JS, and the first graph waits for it too (it simulates the sample ahead): its size
  // is printed for reference.
  console.log(`  + engine worker (reference, no target)          ${worker.toFixed(1).padStart(8)} KB gzip, ${(main + worker).toFixed(1)} KB with the page's`);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => ({
    name: m.name, at: m.startTime, engineMs: (m as PerformanceMark).detail?.engineMs as number | undefined,
  })));
  marks.sort((a, b) => a.at - b.at);
  console.log(`  the browser's very first page: first graph node at ${firstNode.toFixed(0)} ms (reference: includes the browser's own start-up)`);
  for (const m of marks) console.log(`    ${m.name} at ${m.at.toFixed(0)} ms${m.engineMs !== undefined ? ` (engine ${m.engineMs.toFixed(0)} ms)` : ''}`);
  await page.close(); // its Monaco and workers must not compete with the loads below
  // The figure: a learner opening the link in a browser that is already running. Each load is in a fresh
  // context (empty HTTP and code caches, its own renderer process): cold for the page, not for the browser.
  // The page reports the moment through a binding, and the test makes no other call into the page until then:
  // a locator would inject Playwright's own script into the page while it starts (~30 ms of its main thread).
  const cold: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    cold.push(await firstNodeTime(await ctx.newPage()));
    await ctx.close();
  }
  console.log(`  ${COLD_LOADS} cold loads (fresh contexts): ${cold.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log('  (until 2026-11-22 this figure was the one load above, which also counts the browser\'s own start-up)');
  record(`navigation → first graph node (median of ${COLD_LOADS} cold loads)`, pct(cold, 50) / 1000, 's', 0.6);
});

/** Keystrokes typed after loading the 200-object scenario before the timed ones. */
const WARM_KEYS = 5;

test('keystroke → updated graph on a 200-object scenario', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-testid="editor.monaco"][data-ready="true"]').waitFor({ timeout: 30_000 });
  const nodes = await loadScenario(page, scenario(100, 1));
  console.log(`  200 objects (100 Services + 100 Deployments) → ${nodes} graph nodes`);
  await page.evaluate(() => {
    window.addEventListener('keydown', (e) => { (window as Win).__lastKeydown = e.timeStamp; }, true);
    const ed = (window as Win).podpathEditor;
    const m = ed.getModel().findMatches('app: app-57', false, false, true, null, false)[0];
    ed.setPosition({ lineNumber: m.range.endLineNumber, column: m.range.endColumn });
    ed.focus();
  });
  const samples: number[] = [];
  for (let i = 0; i < WARM_KEYS + 40; i++) {
    // Install the waiter first, then type: the keydown listener records when the key arrived.
    await page.evaluate(() => {
      const w = window as Win & { __wait?: Promise<number> };
      const store = w.podpathStore;
      const start = store.getState().textRevision;
      w.__wait = new Promise<number>((resolve) => {
        const off = store.subscribe(() => {
          const s = store.getState();
          if (s.textRevision > start && s.simulatedRevision >= s.textRevision) {
            off();
            // The graph re-rendered in this commit; wait for the frame that paints it.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - w.__lastKeydown)));
          }
        });
      });
    });
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    samples.push(await page.evaluate(() => (window as Win & { __wait?: Promise<number> }).__wait!));
  }
  // The first keystrokes after a big paste run code paths V8 has not compiled yet (Monaco's edit and render,
  // the graph's update, the engine's edit path): printed on their own; the percentiles are of the 40 after them.
  const warm = samples.slice(0, WARM_KEYS);
  const typing = samples.slice(WARM_KEYS);
  console.log(`  the first ${WARM_KEYS} keystrokes after loading the scenario (cold): ${warm.map((x) => x.toFixed(0)).join(', ')} ms`);
  record(`keystroke → updated graph p50 (200 objects, after ${WARM_KEYS})`, pct(typing, 50), 'ms', 100);
  record(`keystroke → updated graph p95 (200 objects, after ${WARM_KEYS})`, pct(typing, 95), 'ms', 100);
});

test('frame time while a trace plays on a 300-node graph', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-testid="editor.monaco"][data-ready="true"]').waitFor({ timeout: 30_000 });
  const nodes = await loadScenario(page, scenario(70, 2));
  console.log(`  70 Services × 2 pods → ${nodes} graph nodes`);
  await page.getByTestId('console.source').selectOption({ index: 0 });
  await page.getByTestId('console.input').fill('kubectl exec app-3-0 -- curl -v http://svc-42/');
  const pod = await page.evaluate(() => {
    const s = (window as Win).podpathStore.getState() as unknown as { simulation: { sources: { pods: { name: string; namespace: string }[] } } };
    return s.simulation.sources.pods.find((p) => p.namespace === 'default')?.name ?? '';
  });
  await page.getByTestId('console.input').fill(`kubectl exec ${pod} -- curl -v http://svc-42/`);
  await page.getByTestId('console.input').press('Enter');
  await expect(page.getByTestId('player.position')).toHaveText(/Step 1 of \d+/);
  await page.getByTestId('player.speed').selectOption('2');
  await page.getByTestId('player.play').click();
  const frames = await page.evaluate(() => new Promise<number[]>((resolve) => {
    const deltas: number[] = [];
    let last = performance.now();
    const end = last + 4000;
    const tick = (t: number) => {
      deltas.push(t - last);
      last = t;
      if (t < end) requestAnimationFrame(tick);
      else resolve(deltas.slice(1));
    };
    requestAnimationFrame(tick);
  }));
  console.log(`  ${frames.length} frames in 4 s`);
  record(`frame time p95 while a trace plays (${nodes} nodes)`, pct(frames, 95), 'ms', 20);
});

test.afterAll(() => {
  console.log('\nPodPath web bench');
  for (const f of figures) console.log(`  ${f.name}: ${f.value.toFixed(f.unit === 's' ? 2 : 1)} ${f.unit} (target ${f.target})`);
  for (const f of figures) expect.soft(f.value, f.name).toBeLessThanOrEqual(f.target * 1.5);
});
