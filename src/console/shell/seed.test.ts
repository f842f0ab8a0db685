/**
 * Seed 001 (쿠버네티스 완벽 가이드 6.11.4, /work/shared/seeds/001_…txt lines 561–565), typed into the console
 * as the post prints them, through the shell and the real engine: the Ingress address goes into INGRESS_IP,
 * and curl reaches the backend through it.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type Simulation } from '../../engine';
import { SEED001_BACKENDS, SEED001_GKE_INGRESS, SEED001_GKE_WORLD, SEED001_NGINX_INGRESS } from '../../request/fixtures/seed001';
import { engineTools } from '../engine-tools';
import { runRequestSafely } from '../run';
import { lex } from './lex';
import { INITIAL_SHELL, runCommand, type CommandOutcome, type ShellState } from './session';

/** The post's lines, verbatim (the `$ ` prompts included), as a learner pastes them. */
const SEED_LINES = (ingress: string) => [
  `$ INGRESS_IP=\`kubectl get ingress ${ingress} \\`,
  "-o jsonpath='{.status.loadBalancer.ingress[0].ip}'`",
  '',
  '# 인그레스 리소스 경유의 HTTP 요청(/path1/* > sample-ingress-svc-1)',
  '$ curl -ivk http://${INGRESS_IP}/path1/ -H "Host: sample.example.com"',
].join('\n');

async function paste(sim: Simulation, text: string): Promise<{ outcomes: (CommandOutcome & { text: string })[]; state: ShellState }> {
  const host = { source: { kind: 'client', name: 'internet' } as const, run: async (r: Parameters<typeof runRequestSafely>[0]) => runRequestSafely(r, sim, engineTools) };
  const lexed = lex(`${text}\n`);
  expect(lexed.incomplete).toBeUndefined();
  let state = INITIAL_SHELL;
  const outcomes = [];
  for (const c of lexed.commands) {
    const r = await runCommand(c, state, host);
    state = r.state;
    outcomes.push({ ...r.outcome, text: c.text });
  }
  return { outcomes, state };
}

describe('seed 001: INGRESS_IP=`kubectl get ingress … -o jsonpath=…`, then curl http://${INGRESS_IP}/path1/', () => {
  it('GKE Ingress: the address is substituted and curl gets HTTP 200 from sample-ingress-apps-1', async () => {
    const sim = simulate(`${SEED001_GKE_WORLD}---${SEED001_BACKENDS}---${SEED001_GKE_INGRESS}`);
    const address = sim.cluster.ingressAddresses['default/sample-ingress']?.[0]?.ip;
    expect(address).toMatch(/^203\.0\.113\.\d+$/);
    const { outcomes, state } = await paste(sim, SEED_LINES('sample-ingress'));
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).toMatchObject({ output: '', exitCode: 0 });
    expect(state.vars.INGRESS_IP).toBe(address);
    const curl = outcomes[1];
    expect(curl.exitCode).toBe(0);
    expect(curl.output).toContain(`* Connected to ${address} (${address}) port 80`);
    expect(curl.output).toContain('> Host: sample.example.com');
    expect(curl.output).toContain('< HTTP/1.1 200 OK');
    expect(curl.output).toMatch(/^Host=sample\.example\.com {2}Path=\/path1\/ {2}From=sample-ingress-apps-1 {2}ClientIP=\S+ {2}XFF=198\.51\.100\.7, 203\.0\.113\.\d+$/m);
    expect(curl.trace?.summary).toBe('HTTP 200 from pod default/sample-ingress-apps-1 via Ingress default/sample-ingress');
  });

  it('nginx Ingress (the post\'s second block): the same two lines reach the backend through the controller', async () => {
    const sim = simulate(`${SEED001_BACKENDS}---${SEED001_NGINX_INGRESS}`);
    const address = sim.cluster.ingressAddresses['default/sample-ingress-by-nginx']?.[0]?.ip;
    const { outcomes, state } = await paste(sim, SEED_LINES('sample-ingress-by-nginx'));
    expect(state.vars.INGRESS_IP).toBe(address);
    expect(outcomes[1]).toMatchObject({ exitCode: 0, output: expect.stringContaining('< HTTP/1.1 200 OK') });
  });

  it('an Ingress without an address: INGRESS_IP is empty and curl fails as real curl does (host "path1")', async () => {
    const sim = simulate(`${SEED001_BACKENDS}---${SEED001_GKE_INGRESS}`); // no World: no cloud L7 controller
    expect(sim.cluster.ingressAddresses['default/sample-ingress']?.length ?? 0).toBe(0);
    const { outcomes, state } = await paste(sim, SEED_LINES('sample-ingress'));
    expect(state.vars.INGRESS_IP ?? '').toBe('');
    expect(outcomes[0]).toMatchObject({ output: '', exitCode: 0 });
    expect(outcomes[1]).toMatchObject({ output: '* Could not resolve host: path1\n* Closing connection\ncurl: (6) Could not resolve host: path1\n', exitCode: 6 });
  });
});
