import { describe, expect, it, vi } from 'vitest';
import type { TraceStep } from '../../src/index';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';
import { INITIAL_SHELL } from '../../src/console/shell/initial';
import { historyText } from './consoleSlice';
import { createAppStore } from './index';

const step = (message: string): TraceStep => ({ kind: 'note', message, params: {}, touches: [`svc/default/${message}`] });
const steps = ['a', 'b', 'c', 'd'].map(step);

function store(run: (r: EngineRequest) => Promise<ConsoleResult> = async () => ({ output: 'ok\n', exitCode: 0, trace: { steps } })) {
  return createAppStore({ initialText: 'kind: Service', run });
}

describe('text slice', () => {
  it('bumps the revision only on a real change', () => {
    const s = store();
    s.getState().setText('kind: Service');
    expect(s.getState().textRevision).toBe(0);
    s.getState().setText('kind: Pod');
    expect(s.getState()).toMatchObject({ text: 'kind: Pod', textRevision: 1 });
  });
});

describe('simulation slice', () => {
  it('ignores a summary older than the one shown and keeps the last good one on failure', () => {
    const s = store();
    const summary = (n: number) => ({ diagnostics: [], documents: n, graph: null, graphVersion: '', counts: { services: 0, pods: 0, ingresses: 0 }, sources: { clients: [], nodes: [], pods: [] }, examples: [], engineMs: 1 });
    s.getState().setSimulation(summary(2), 2);
    s.getState().setSimulation(summary(1), 1);
    expect(s.getState().simulation?.documents).toBe(2);
    s.getState().setSimulationFailed('boom', 3);
    expect(s.getState()).toMatchObject({ simStatus: 'failed', simError: 'boom' });
    expect(s.getState().simulation?.documents).toBe(2);
  });
});

describe('player slice', () => {
  const cases: { name: string; actions: (keyof ReturnType<ReturnType<typeof store>['getState']>)[]; index: number; playing: boolean }[] = [
    { name: 'loads at the first step, paused', actions: [], index: 0, playing: false },
    { name: 'steps forward and back', actions: ['stepForward', 'stepForward', 'stepBack'], index: 1, playing: false },
    { name: 'stops at the last step', actions: ['toEnd', 'stepForward'], index: 3, playing: false },
    { name: 'stops at the first step', actions: ['stepBack'], index: 0, playing: false },
    { name: 'play from the end starts over', actions: ['toEnd', 'play'], index: 0, playing: true },
    { name: 'toggle twice pauses', actions: ['togglePlay', 'togglePlay'], index: 0, playing: false },
    { name: 'playing through the last step stops', actions: ['play', 'stepForward', 'stepForward', 'stepForward'], index: 3, playing: false },
    { name: 'jump to start pauses', actions: ['play', 'stepForward', 'toStart'], index: 0, playing: false },
  ];
  it.each(cases)('$name', ({ actions, index, playing }) => {
    const s = store();
    s.getState().loadTrace({ title: 't', steps });
    for (const a of actions) (s.getState()[a] as () => void)();
    expect(s.getState().player).toMatchObject({ index, playing });
    expect(s.getState().player.currentStep).toBe(steps[index]);
  });

  it('seek clamps and rounds', () => {
    const s = store();
    s.getState().loadTrace({ title: 't', steps });
    s.getState().seek(2.4);
    expect(s.getState().player.index).toBe(2);
    s.getState().seek(99);
    expect(s.getState().player.index).toBe(3);
  });

  it('with no trace, nothing moves and nothing is highlighted', () => {
    const s = store();
    s.getState().stepForward();
    s.getState().play();
    expect(s.getState().player).toMatchObject({ index: 0, playing: false, currentStep: null });
  });
});

describe('console slice', () => {
  it('runs a request from the chosen source, prints it and loads its trace', async () => {
    const run = vi.fn(async () => ({ output: 'answer\n', exitCode: 0, trace: { steps } }));
    const s = store(run);
    s.getState().setConsoleSource('pod/default/web-0');
    await s.getState().runLine('dig web');
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ kind: 'dig', name: 'web', source: { kind: 'pod', namespace: 'default', name: 'web-0' } }));
    expect(s.getState().consoleEntries).toMatchObject([{ line: 'dig web', output: 'answer\n', pending: false, source: 'pod/default/web-0' }]);
    expect(s.getState().player.trace?.title).toBe('dig web');
  });

  it('answers help, unknown commands and clear itself, and keeps a history without repeats', async () => {
    const run = vi.fn();
    const s = store(run);
    await s.getState().runLine('help');
    await s.getState().runLine('bogus');
    await s.getState().runLine('bogus');
    expect(run).not.toHaveBeenCalled();
    expect(s.getState().consoleEntries[1]).toMatchObject({ exitCode: 127, output: expect.stringContaining('command not found') });
    expect(s.getState().consoleHistory).toEqual(['help', 'bogus']);
    await s.getState().runLine('clear');
    expect(s.getState().consoleEntries).toEqual([]);
  });

  it('prints an engine failure instead of crashing', async () => {
    const s = store(async () => {
      throw new Error('worker died');
    });
    await s.getState().runLine('dig web');
    expect(s.getState().consoleEntries[0]).toMatchObject({ exitCode: 70, output: expect.stringContaining('worker died') });
  });
});

describe('console slice: the shell session', () => {
  /** Answers kubectl get with an address (standard output) and records every request. */
  function shellStore() {
    const requests: EngineRequest[] = [];
    const s = store(async (r) => {
      requests.push(r);
      return r.kind === 'kubectl.get' ? { output: '203.0.113.21', stdout: '203.0.113.21', exitCode: 0 } : { output: 'ok\n', exitCode: 0 };
    });
    return { s, requests };
  }

  it('a command ending in \\ waits for its next line ("> " prompt), then runs once, as one entry and one history line', async () => {
    const { s, requests } = shellStore();
    await s.getState().submitInput('$ INGRESS_IP=`kubectl get ingress sample-ingress \\');
    expect(s.getState()).toMatchObject({ consolePending: '$ INGRESS_IP=`kubectl get ingress sample-ingress \\', consoleEntries: [] });
    await s.getState().submitInput("-o jsonpath='{.status.loadBalancer.ingress[0].ip}'`");
    expect(s.getState().consolePending).toBe('');
    expect(s.getState().consoleEntries).toMatchObject([{ line: "$ INGRESS_IP=`kubectl get ingress sample-ingress \\\n-o jsonpath='{.status.loadBalancer.ingress[0].ip}'`", output: '', exitCode: 0 }]);
    expect(s.getState().consoleHistory).toEqual(["$ INGRESS_IP=`kubectl get ingress sample-ingress -o jsonpath='{.status.loadBalancer.ingress[0].ip}'`"]);
    expect(requests).toMatchObject([{ kind: 'kubectl.get', names: ['sample-ingress'], output: { format: "jsonpath={.status.loadBalancer.ingress[0].ip}" } }]);
    expect(s.getState().consoleShell.vars).toEqual({ ...INITIAL_SHELL.vars, INGRESS_IP: '203.0.113.21' });
  });

  it('variables last across commands and through clear; a pasted block runs line by line', async () => {
    const { s, requests } = shellStore();
    await s.getState().submitInput('X=10.96.0.50\ncurl -v http://${X}/');
    await s.getState().runLine('clear');
    await s.getState().runLine('curl http://$X:8080/');
    expect(requests.map((r) => (r.kind === 'curl' ? r.url : r.kind))).toEqual(['http://10.96.0.50/', 'http://10.96.0.50:8080/']);
    // The entry remembers the command as it ran, for a share link opened without these variables.
    expect(s.getState().consoleEntries).toMatchObject([{ line: 'curl http://$X:8080/', expanded: 'curl http://10.96.0.50:8080/' }]);
  });

  it('Ctrl+C drops a pending command; a whole command that is not finished says so', async () => {
    const { s } = shellStore();
    await s.getState().submitInput("echo 'open");
    expect(s.getState().consolePending).toBe("echo 'open");
    s.getState().cancelPending();
    await s.getState().submitInput('echo closed');
    expect(s.getState().consoleEntries).toMatchObject([{ line: 'echo closed', output: 'closed\n' }]);
    await s.getState().runLine("echo 'open");
    expect(s.getState().consoleEntries[1]).toMatchObject({ exitCode: 2, output: expect.stringContaining('bash: unexpected end of input') });
    expect(s.getState().consolePending).toBe('');
  });

  it('a command the engine never answers is given up after 15 s with an error line, and the lines queued after it run', async () => {
    let calls = 0;
    const s = store(async () => (++calls === 1 ? new Promise<ConsoleResult>(() => {}) : { output: 'ok\n', exitCode: 0 }));
    await s.getState().runLine('echo warm'); // the shell's modules load with real timers
    vi.useFakeTimers();
    try {
      const first = s.getState().runLine('dig web');
      const second = s.getState().runLine('dig db');
      await vi.advanceTimersByTimeAsync(14_999);
      expect(s.getState().consoleEntries.slice(1)).toMatchObject([{ line: 'dig web', pending: true }]);
      await vi.advanceTimersByTimeAsync(1);
      await first;
      await second;
      expect(s.getState().consoleEntries.slice(1)).toMatchObject([
        { line: 'dig web', pending: false, exitCode: 70, output: expect.stringContaining('no answer after 15 s') },
        { line: 'dig db', pending: false, exitCode: 0, output: 'ok\n' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('history keeps \\-newline inside quotes and drops it outside (bash 5.2 history: echo a\\ + b is echo ab; echo \'a\\ + b\' stays two lines)', () => {
    expect(historyText("echo a\\\nb 'c\\\nd' \"e\\\nf\" $'g\\'\\\nh' i\\\\")).toBe("echo ab 'c\\\nd' \"e\\\nf\" $'g\\'\\\nh' i\\\\");
  });

  it('CRLF and CR line ends from a paste are newlines (a terminal sends Enter for each; a \\r left in would be part of the word)', async () => {
    const { s } = shellStore();
    await s.getState().submitInput('X=a\r\necho $X\\\r\nb\recho "[$X]"');
    await s.getState().runLine('echo c\r\necho d');
    expect(s.getState().consoleEntries.map((e) => e.output)).toEqual(['', 'ab\n', '[a]\n', 'c\n', 'd\n']);
  });

  it('a line with ; && || is one entry and one history line; bash leaves out the command after a failed && (false && echo x; echo $? prints 1)', async () => {
    const { s } = shellStore();
    await s.getState().submitInput("X='a b'; echo $X");
    await s.getState().submitInput('false && echo x; echo $?');
    expect(s.getState().consoleEntries).toMatchObject([{ line: "X='a b'; echo $X", output: 'a b\n', exitCode: 0 }, { line: 'false && echo x; echo $?', output: '1\n', exitCode: 0 }]);
    expect(s.getState().consoleHistory).toEqual(["X='a b'; echo $X", 'false && echo x; echo $?']);
  });

  it('a refused pipe over several lines is one entry, and the lines after it run (bash reads kubectl … | \\ + jq … as one line)', async () => {
    const { s, requests } = shellStore();
    await s.getState().submitInput('kubectl get pods -o json | \\');
    await s.getState().submitInput('  jq .items');
    await s.getState().submitInput('cat <<EOF | kubectl apply -f -\nkind: Pod\nEOF\necho after');
    expect(s.getState().consoleEntries.map((e) => [e.exitCode, e.output.slice(0, 8)])).toEqual([[2, 'bash: `|'], [2, 'bash: `<'], [0, 'after\n']]);
    expect(requests).toEqual([]);
  });
});

describe('selection slice', () => {
  it('selects with an origin and asks the editor to reveal ranges', () => {
    const s = store();
    s.getState().select('svc/default/web', 'graph');
    expect(s.getState().selection).toEqual({ id: 'svc/default/web', origin: 'graph' });
    s.getState().select(null, 'graph');
    expect(s.getState().selection).toEqual({ id: null, origin: null });
    const range = { start: { line: 3, column: 1 }, end: { line: 9, column: 1 } };
    s.getState().revealRange(range, true);
    const first = s.getState().reveal;
    s.getState().revealRange(range, true);
    expect(s.getState().reveal?.nonce).not.toBe(first?.nonce);
  });
});
