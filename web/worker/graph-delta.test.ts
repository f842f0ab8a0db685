import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { generateScenario } from '../../src/testing/scenarios';
import { applyGraphDelta, isGraphDelta, type GraphDelta } from './graph-delta';
import { createGraphSender } from './graph-sender';
import { buildGraphModel } from './graph-model';

const scenario = generateScenario({ objects: 60 });
const engine = createEngine();
const modelOf = (text: string) => buildGraphModel(engine.simulate(text));
const base = modelOf(scenario.text);
/** The scenario with one Service's selector broken: its slice loses its endpoints, the Service gets a warning. */
const broken = modelOf(scenario.text.replace(/(\n {2}selector:\n {4}app: )(\S+)/, '$1$2-typo'));

describe('graph on the wire', () => {
  it('is sent whole to an app that holds no graph, then as a delta against the version it holds', () => {
    const sender = createGraphSender();
    const first = sender.encode(base, '');
    expect(first.wire).toBe(base);
    const second = sender.encode(broken, first.version);
    expect(isGraphDelta(second.wire)).toBe(true);
    const delta = second.wire as GraphDelta;
    expect(delta.base).toBe(first.version);
    // Only what the edit changed travels whole.
    const whole = delta.nodes.filter((n) => typeof n !== 'number');
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.length).toBeLessThan(6);
    const rebuilt = applyGraphDelta(base, delta);
    expect(rebuilt).toEqual(broken);
    // An unchanged node is the base's very object.
    const i = delta.nodes.findIndex((n) => typeof n === 'number');
    expect(rebuilt.nodes[i]).toBe(base.nodes[delta.nodes[i] as number]);
  });

  it('says unchanged when the app already holds an equal graph', () => {
    const sender = createGraphSender();
    const first = sender.encode(base, '');
    expect(sender.encode(structuredClone(base), first.version)).toEqual({ version: first.version, wire: 'unchanged' });
  });

  it('sends the graph whole when the app holds a version the worker no longer knows', () => {
    const sender = createGraphSender();
    const a = sender.encode(base, '');
    sender.encode(broken, a.version);
    // The app still holds `a` (say it never took the second answer): the worker only remembers the second model.
    const third = modelOf(scenario.text.replace(/(\n {2}selector:\n {4}app: )(\S+)/, '$1$2-other'));
    expect(sender.encode(third, a.version).wire).toBe(third);
  });

  it('equal models have equal versions; a changed label changes the version', () => {
    const v = (m: typeof base) => createGraphSender().encode(m, undefined).version;
    expect(v(structuredClone(base))).toBe(v(base));
    expect(v({ ...base, nodes: base.nodes.map((n, i) => (i === 3 ? { ...n, label: `${n.label}x` } : n)) })).not.toBe(v(base));
  });

  it('property: for any two models of edited scenarios, the delta rebuilds the second exactly', () => {
    const docs = scenario.text.split(/^---\n/m);
    fc.assert(
      fc.property(fc.array(fc.nat(docs.length - 1), { maxLength: 4 }), fc.array(fc.nat(docs.length - 1), { maxLength: 4 }), (dropA, dropB) => {
        const text = (drop: number[]) => docs.filter((_, i) => !drop.includes(i)).join('---\n');
        const a = modelOf(text(dropA));
        const b = modelOf(text(dropB));
        const sender = createGraphSender();
        const va = sender.encode(a, '').version;
        const { wire } = sender.encode(b, va);
        const got = wire === 'unchanged' ? a : isGraphDelta(wire) ? applyGraphDelta(a, wire) : wire;
        expect(got).toEqual(b);
      }),
      { numRuns: 25 },
    );
  });
});
