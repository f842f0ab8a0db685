/**
 * Share codec v2's static dictionary: words every manifest repeats, each replaced by one private-use character
 * (U+E000 + index) before deflate. Short scenarios are where plain deflate loses to lz-string — deflate cannot
 * refer back to text it has not seen yet — and these words are exactly that text.
 *
 * FROZEN: links in the wild decode with this exact list. Never edit, reorder or extend it; a new list is a new
 * codec version (add a decoder, keep this one).
 */
export const V2_WORDS: readonly string[] = [
  'apiVersion: ', 'kind: ', 'metadata:\n', '  name: ', '  namespace: ', 'spec:\n', 'selector:\n', 'matchLabels:\n',
  'labels:\n', 'ports:\n', '- port: ', 'targetPort: ', 'protocol: TCP', 'containerPort: ', 'containers:\n', 'image: ', 'template:\n',
  'replicas: ', 'type: ', 'Service', 'Deployment', 'Ingress', 'networking.k8s.io/v1', 'apps/v1', 'v1\n', '\n---\n', 'http:\n',
  'paths:\n', 'path: ', 'pathType: Prefix', 'backend:\n', 'service:\n', 'number: ', 'rules:\n', '- host: ', 'ingressClassName: ',
  'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'externalName: ', 'EndpointSlice', 'discovery.k8s.io/v1', 'endpoints:\n',
  'addresses:\n', 'app: ', 'nginx', 'busybox', 'command: ', 'sleep', 'infinity', 'Pod\n', 'StatefulSet', 'clusterIP: None',
  'serviceName: ', 'annotations:\n', 'externalTrafficPolicy: ', 'name: http', 'hostname: ', 'port:\n',
];

const BASE = 0xe000;
/** Characters the dictionary uses (and NUL, the text/fields separator): a text containing one is sent as v1. */
const PRIVATE_USE = /[\ue000-\ue0ff]/;

export function canPack(text: string): boolean {
  return !text.includes('\u0000') && !PRIVATE_USE.test(text);
}

/** Replace dictionary words by their characters. Only for texts where canPack() holds. */
export function pack(text: string): string {
  let out = text;
  for (let i = 0; i < V2_WORDS.length; i++) out = out.split(V2_WORDS[i]).join(String.fromCharCode(BASE + i));
  return out;
}

/** The inverse of pack: every dictionary character back to its word (unknown ones are left as they are). */
export function unpack(text: string): string {
  return text.replace(/[\ue000-\ue0ff]/g, (c) => V2_WORDS[c.charCodeAt(0) - BASE] ?? c);
}
