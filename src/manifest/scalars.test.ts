/**
 * Plain scalars as kubectl reads them: go-yaml v2 (gopkg.in/yaml.v2 resolve.go, decode.go), which
 * sigs.k8s.io/yaml's YAMLToJSON uses, then encoding/json. The expected values are what kubectl 1.32 printed
 * for the same scalars (`kubectl label --local -f cm.yaml x=y -o json`), i.e. what `kubectl apply` sends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { loadDocument } from './load';
import { yamlBool, yamlFloat, yamlInt } from './scalars';

/** The value of `v:` in a one-line document, as the engine's loader reads it. */
function read(scalar: string): unknown {
  const r = loadDocument(`v: ${scalar}\n`);
  if (!r.ok) throw new Error(r.reason);
  return (r.value as { v: unknown }).v;
}

describe('plain scalars read as go-yaml v2 reads them (resolve.go), not as YAML 1.2', () => {
  it.each([
    // resolveMap: YAML 1.1 booleans
    ['y', true], ['Y', true], ['yes', true], ['Yes', true], ['YES', true], ['on', true], ['On', true], ['ON', true],
    ['true', true], ['True', true], ['TRUE', true],
    ['n', false], ['N', false], ['no', false], ['No', false], ['NO', false], ['off', false], ['Off', false], ['OFF', false],
    ['false', false], ['False', false], ['FALSE', false],
    // only those spellings
    ['yES', 'yES'], ['oN', 'oN'], ['nope', 'nope'], ['yess', 'yess'],
    // resolveMap: nulls
    ['~', null], ['null', null], ['Null', null], ['NULL', null], ['', null], ['nULL', 'nULL'],
    // strconv.ParseInt(s, 0, 64) after removing every "_"
    ['80', 80], ['+80', 80], ['-80', -80], ['0', 0], ['-0', 0], ['00', 0],
    ['0755', 493], ['-0755', -493], ['0o755', 493], ['0O17', 15], ['0x1F', 31], ['0X1f', 31], ['-0x10', -16], ['0b101', 5], ['0B11', 3],
    ['1_000', 1000], ['0x_ff', 255], ['1__0_', 10],
    // not octal: ParseInt fails, yamlStyleFloat matches, ParseFloat gives the decimal value
    ['08', 8], ['0080', 80], ['09.5', 9.5],
    // floats: yamlStyleFloat, or a leading "." given to ParseFloat as written
    ['1.5', 1.5], ['1.', 1], ['1e3', 1000], ['-2.5E-1', -0.25], ['.5', 0.5], ['+.5', 0.5], ['-.5', -0.5], ['.5e1', 5], ['1_0.5', 10.5],
    ['.inf', Infinity], ['-.Inf', -Infinity], ['+.INF', Infinity],
    // past int64 and uint64: decimal digits become the nearest float, other bases stay text; an overflowing float stays text
    ['9223372036854775807', 2 ** 63], ['18446744073709551615', 2 ** 64], ['99999999999999999999999', 1e23],
    ['0xFFFFFFFFFFFFFFFF', 2 ** 64], ['-0x8000000000000000', -(2 ** 63)],
    ['0x1_0000_0000_0000_0000', '0x1_0000_0000_0000_0000'], ['-0x8000000000000001', '-0x8000000000000001'],
    ['01777777777777777777777', 2 ** 64], ['0777777777777777777777777', 7.777777777777778e+23],
    ['1e400', '1e400'], ['.5e400', '.5e400'],
    // dates are timestamps to go-yaml, but an untyped value keeps the text as written (decode.go)
    ['2024-01-02', '2024-01-02'], ['2024-1-2', '2024-1-2'], ['2001-12-14 21:59:43.10', '2001-12-14 21:59:43.10'],
    ['2024-01-02T03:04:05.120Z', '2024-01-02T03:04:05.120Z'],
    // strings: go-yaml never reads base 60, and these are neither numbers nor keywords
    ['1:30', '1:30'], ['12:30:45', '12:30:45'], ['0x', '0x'], ['0b2', '0b2'], ['+', '+'], ['.', '.'], ['._5', '._5'],
    ['1.2.3', '1.2.3'], ['v1', 'v1'], ['nginx:1.25', 'nginx:1.25'], ['10.96.0.10', '10.96.0.10'], ['1e', '1e'],
    // quoted scalars are never resolved
    ['"yes"', 'yes'], ["'0755'", '0755'], ['"80"', '80'], ['"2024-01-02"', '2024-01-02'],
    // explicit tags: resolve(tag, in) with the tag's own rules
    ['!!str yes', 'yes'], ['!!int "0755"', 493], ['!!bool "on"', true], ['!!float 0755', 493], ['!!float 0x10', 16], ['!!float 1.5', 1.5],
    ['!!timestamp 2024-1-2', '2024-1-2'], ['!!binary aGVsbG8=', 'hello'], ['!!binary "7ZWc6rWt"', '한국'],
  ])('%s → %j', (scalar, want) => {
    expect(read(scalar)).toEqual(want);
  });

  it('keys are resolved too, then turned into JSON strings (sigs.k8s.io/yaml convertToJSONableObject)', () => {
    const r = loadDocument('yes: 1\n0755: 2\nn: 3\n2024-1-2: 4\n2024-01-02: 5\n');
    expect(r.ok && r.value).toEqual({ true: 1, 493: 2, false: 3, '2024-1-2': 4, '2024-01-02': 5 });
  });

  it('each reader leaves alone what is not its own kind', () => {
    expect([yamlBool('yes'), yamlBool('y2'), yamlBool('1'), yamlBool('truest')]).toEqual([true, undefined, undefined, undefined]);
    expect([yamlInt('1.5'), yamlInt('yes'), yamlInt('-'), yamlInt('')]).toEqual([undefined, undefined, undefined, undefined]);
    expect([yamlFloat('0755'), yamlFloat('abc'), yamlFloat('')]).toEqual([755, undefined, undefined]);
  });
});

describe('the scalar readers, on any text (fast-check)', () => {
  const scalarish = fc.oneof(fc.string(), fc.stringMatching(/^[-+]?[0-9_.xobeEXOB]{0,24}$/));

  it('never throw, and give a value of their own kind or undefined', () => {
    fc.assert(fc.property(scalarish, (s) => {
      const b = yamlBool(s);
      const i = yamlInt(s);
      const f = yamlFloat(s);
      expect(b === undefined || typeof b === 'boolean').toBe(true);
      expect(i === undefined || Number.isInteger(i)).toBe(true);
      expect(f === undefined || typeof f === 'number').toBe(true);
    }), { numRuns: 2000 });
  });

  it('every integer printed in decimal, hexadecimal, binary or octal (0o or a leading 0) reads back as itself', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (n) => {
      const sign = n < 0 ? '-' : '';
      const a = Math.abs(n);
      expect([yamlInt(String(n)), yamlInt(`${sign}0x${a.toString(16)}`), yamlInt(`${sign}0b${a.toString(2)}`), yamlInt(`${sign}0o${a.toString(8)}`), yamlInt(`${sign}0${a.toString(8)}`)])
        .toEqual([n, n, n, n, n]);
    }));
  });
});

describe('what the YAML 1.1 reading does to a manifest', () => {
  const service = (selector: string) => [
    'apiVersion: v1', 'kind: Service', 'metadata: {name: web}',
    `spec: {selector: {${selector}}, ports: [{port: 80}]}`, '',
  ].join('\n');

  it('an unquoted yes in a selector is a boolean: the API server refuses the Service, and the message says to quote it', () => {
    const sim = simulate(service('enabled: yes'));
    const d = sim.diagnostics.find((x) => x.code === 'object/invalid-field-type');
    expect(d?.message).toBe('spec.selector.enabled: expected string, found boolean. The API server fails to decode the object ("cannot unmarshal bool into Go struct field …"); the default is used here. kubectl reads YAML 1.1, where an unquoted yes, no, on, off, y or n is a boolean, like true and false; this value was read as true. Put it in quotes to keep it a word.');
    expect(sim.rejected).toEqual(['Service/default/web']);
  });

  it('the same value quoted is a string, and the Service is created', () => {
    const sim = simulate(service('enabled: "yes"'));
    expect(sim.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(sim.cluster.services.find((s) => s.name === 'web')?.service.spec.selector).toEqual({ enabled: 'yes' });
  });

  it('a number where a string belongs says to quote it; a wrong type elsewhere gets no hint', () => {
    const sim = simulate(service('version: 1.10') + '---\napiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {ports: [{port: "80"}]}\n');
    const messages = sim.diagnostics.filter((x) => x.code === 'object/invalid-field-type').map((x) => x.message);
    expect(messages).toEqual([
      'spec.selector.version: expected string, found decimal number. The API server fails to decode the object ("cannot unmarshal number into Go struct field …"); the default is used here. Unquoted, it was read as the number 1.1, and a number is what kubectl sends: YAML keeps only the number\'s value (1.10 becomes 1.1, and a leading 0 makes it octal: 0755 is 493). Put it in quotes to keep it as written.',
      'spec.ports[0].port: expected integer, found string. The API server fails to decode the object ("cannot unmarshal string into Go struct field …"); the default is used here.',
    ]);
  });

  it('the hint names the value the reading gave: 0755 as 493, off as false (what kubectl would send)', () => {
    const sim = simulate(service('mode: 0755, debug: off'));
    const params = sim.diagnostics.filter((x) => x.code === 'object/invalid-field-type').map((x) => [x.field?.join('.'), x.params?.read]);
    expect(params).toEqual([['spec.selector.mode', '493'], ['spec.selector.debug', 'false']]);
  });

  it('a leading 0 makes a port octal: port 0080 is 80 (not octal, so decimal), port 010 is 8', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{name: a, port: 0080}, {name: b, port: 010}]}\n';
    expect(simulate(text).cluster.services.find((s) => s.name === 'web')?.service.spec.ports.map((p) => p.port)).toEqual([80, 8]);
  });
});
