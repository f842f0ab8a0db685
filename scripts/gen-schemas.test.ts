import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKubernetesSchema, mergeDefinitions, type Json, type JsonObject, type KindSchema } from './schema-merge';
import { generate } from './gen-schemas';

const port = (desc: string): JsonObject => ({ type: 'object', description: desc, properties: { port: { type: 'number' } } });

const service: KindSchema = {
  apiVersion: 'v1', kind: 'Service', group: 'core/v1',
  schema: {
    $ref: '#/definitions/Service',
    definitions: {
      Service: { type: 'object', properties: { apiVersion: { const: 'v1' }, kind: { const: 'Service' }, ports: { type: 'array', items: { $ref: '#/definitions/EndpointPort' } } } },
      EndpointPort: port('core'),
      ObjectMeta: { type: 'object' },
    },
  },
};
const slice: KindSchema = {
  apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', group: 'discovery/v1',
  schema: {
    $ref: '#/definitions/EndpointSlice',
    definitions: {
      EndpointSlice: { type: 'object', required: ['addressType'], properties: { ports: { type: 'array', items: { $ref: '#/definitions/EndpointPort' } } } },
      EndpointPort: port('discovery'),
      ObjectMeta: { type: 'object' },
    },
  },
};

describe('mergeDefinitions', () => {
  it('keeps identical definitions once and prefixes a clashing one, rewriting its refs', () => {
    const defs: Record<string, Json> = {};
    mergeDefinitions(defs, service);
    mergeDefinitions(defs, slice);
    expect(Object.keys(defs).sort()).toEqual(['EndpointPort', 'EndpointSlice', 'ObjectMeta', 'Service', 'discovery.v1.EndpointPort']);
    expect(defs.EndpointPort).toMatchObject({ description: 'core' });
    expect(defs['discovery.v1.EndpointPort']).toMatchObject({ description: 'discovery' });
    expect(JSON.stringify(defs.EndpointSlice)).toContain('#/definitions/discovery.v1.EndpointPort');
    expect(JSON.stringify(defs.Service)).toContain('"#/definitions/EndpointPort"');
  });
});

describe('buildKubernetesSchema', () => {
  const schema = buildKubernetesSchema([service, slice], 'https://example/schema.json');
  const defs = schema.definitions as Record<string, JsonObject>;

  it('requires apiVersion and kind on every kind, keeping other required fields', () => {
    expect(defs.Service.required).toEqual(['apiVersion', 'kind']);
    expect(defs.EndpointSlice.required).toEqual(['addressType', 'apiVersion', 'kind']);
  });

  it('dispatches on apiVersion + kind with if/then (unknown kinds and CRDs fall through unflagged)', () => {
    const allOf = schema.allOf as JsonObject[];
    expect(allOf).toContainEqual({
      if: { properties: { apiVersion: { const: 'discovery.k8s.io/v1' }, kind: { const: 'EndpointSlice' } }, required: ['apiVersion', 'kind'] },
      then: { $ref: '#/definitions/EndpointSlice' },
    });
    expect(schema.additionalProperties).toBeUndefined();
    expect(schema.required).toEqual(['apiVersion', 'kind']);
  });

  it('accepts kind: List whose items are checked against the same schema', () => {
    const list = (schema.allOf as JsonObject[]).find((d) => JSON.stringify(d.if).includes('"List"'));
    expect(JSON.stringify(list?.then)).toContain('{"$ref":"#"}');
  });

  it('offers known apiVersions and kinds for completion', () => {
    expect(JSON.stringify(schema.properties)).toContain('networking');
    expect((schema.properties as Record<string, JsonObject>).kind.examples).toEqual(['Service', 'EndpointSlice', 'List']);
  });
});

const OUT = new URL('../web/generated/kubernetes.schema.json', import.meta.url);
// The built file when `npm run schemas` has run (npm test runs it first); otherwise generated here, so a bare
// `vitest run` on a fresh clone tests the same thing instead of failing on a missing file.
describe('the generated schema (npm run schemas)', () => {
  const schema = (existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : generate()) as JsonObject;
  const defs = schema.definitions as Record<string, JsonObject>;
  it.each(['Namespace', 'Node', 'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Service', 'Endpoints', 'EndpointSlice', 'Ingress', 'IngressClass', 'Secret'])(
    'has %s with required apiVersion/kind and field descriptions', (kind) => {
      expect(defs[kind]?.required).toEqual(expect.arrayContaining(['apiVersion', 'kind']));
      expect(JSON.stringify(defs[kind])).toContain('description');
    });
  it('keeps both EndpointPort shapes apart', () => {
    expect(defs.EndpointPort).toBeDefined();
    expect(defs['discovery.v1.EndpointPort']).toBeDefined();
  });
});
