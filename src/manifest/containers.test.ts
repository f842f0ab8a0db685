/**
 * A pod's containers and init containers as the API server reads them: names (validateContainerCommon,
 * validateContainers, validateInitContainers in pkg/apis/core/validation/validation.go), init containers'
 * restartPolicy and host ports, and the port warnings of pkg/api/pod/warnings.go (expected texts from
 * warnings_test.go); then what a sidecar's ports change downstream (FindPort in staging/src/k8s.io/endpointslice/utils.go).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { curl } from '../request/curl';
import { inspect } from '../graph/inspect';
import { runCli } from '../cli/testing';
import { engineTools } from '../console/engine-tools';
import { parseCommandLine } from '../console/parse';
import { runRequest } from '../console/run';

const pod = (spec: string, labels = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${labels}spec:\n${spec}`;
const messages = (text: string, prefix = 'pod/') =>
  simulate(text).diagnostics.filter((d) => d.code.startsWith(prefix)).map((d) => [d.severity, d.code, d.message]);

describe('init containers and container names', () => {
  it('reads initContainers with their ports and restartPolicy, and leaves the key out when there are none', () => {
    const sim = simulate(pod('  initContainers:\n  - name: proxy\n    image: envoy\n    restartPolicy: Always\n    ports:\n    - {name: admin, containerPort: 9901}\n  - name: migrate\n    image: flyway\n  containers:\n  - {name: app, image: nginx}\n'));
    const p = sim.cluster.pods.find((x) => x.name === 'p')!;
    expect(p.pod.spec.initContainers).toEqual([
      { name: 'proxy', image: 'envoy', restartPolicy: 'Always', ports: [{ name: 'admin', containerPort: 9901, protocol: 'TCP' }] },
      { name: 'migrate', image: 'flyway', ports: [] },
    ]);
    expect(Object.keys(simulate(pod('  containers:\n  - {name: app, image: nginx}\n')).cluster.pods.find((x) => x.name === 'p')!.pod.spec)).not.toContain('initContainers');
  });

  it.each([
    ['an init container restartPolicy other than Always (validateInitContainerRestartPolicy)',
      '  initContainers:\n  - {name: init, image: x, restartPolicy: OnFailure}\n  containers:\n  - {name: app, image: x}\n',
      ['error', 'object/unsupported-value', 'spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always".']],
    ['an init container restartPolicy that is empty (a pointer without a default: "" is a value)',
      '  initContainers:\n  - {name: init, image: x, restartPolicy: ""}\n  containers:\n  - {name: app, image: x}\n',
      ['error', 'object/unsupported-value', 'spec.initContainers[0].restartPolicy: Unsupported value: "": supported values: "Always".']],
    ['a restartPolicy on a container (validateContainers)',
      '  containers:\n  - {name: app, image: x, restartPolicy: Always}\n',
      ['error', 'pod/container-restart-policy-forbidden', 'spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers.']],
    ['a container without a name',
      '  containers:\n  - {image: x}\n',
      ['error', 'pod/container-name-required', 'spec.containers[0].name: Required value: every container needs a name.']],
    ['a container name that is not a DNS-1123 label',
      '  containers:\n  - {name: Web_App, image: x}\n',
      ['error', 'pod/container-name-invalid', expect.stringMatching(/^spec\.containers\[0\]\.name: Invalid value: "Web_App": a lowercase RFC 1123 label must consist of/)]],
    ['two containers with one name',
      '  containers:\n  - {name: app, image: x}\n  - {name: app, image: z}\n',
      ['error', 'pod/container-name-duplicate', 'spec.containers[1].name: Duplicate value: "app".']],
    ['an init container named like a container',
      '  initContainers:\n  - {name: app, image: x}\n  containers:\n  - {name: app, image: z}\n',
      ['error', 'pod/container-name-duplicate', 'spec.initContainers[0].name: Duplicate value: "app".']],
  ])('%s is rejected', (_name, spec, want) => {
    const text = pod(spec);
    expect(messages(text, '')).toEqual([want]);
    expect(simulate(text).rejected).toEqual(['Pod/default/p']);
  });

  it('checks each init container\'s host ports alone, and prints the path upstream prints (initContainers[0])', () => {
    const text = pod('  initContainers:\n  - name: one\n    ports:\n    - {containerPort: 80, hostPort: 8080}\n  - name: two\n    ports:\n    - {containerPort: 81, hostPort: 8081}\n    - {containerPort: 82, hostPort: 8081}\n  containers:\n  - name: app\n    ports:\n    - {containerPort: 80, hostPort: 8080}\n');
    const sim = simulate(text);
    const errors = sim.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.message])).toEqual([['pod/host-port-duplicate', 'spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//8081".']]);
    // …while the squiggle is on the second init container's second hostPort (line 13, 1-based: `- {containerPort: 82, hostPort: 8081}`).
    expect([errors[0].range?.start.line, errors[0].range?.start.column]).toEqual([13, 37]);
    expect(sim.rejected).toEqual(['Pod/default/p']);
  });

  it('an init container may share a hostPort with a container or another init container (they do not run at once); the warnings still compare them', () => {
    const text = pod('  initContainers:\n  - name: init\n    ports:\n    - {containerPort: 80, hostPort: 8080}\n  - name: init2\n    ports:\n    - {containerPort: 81, hostPort: 8080}\n  containers:\n  - name: app\n    ports:\n    - {containerPort: 80, hostPort: 8080}\n');
    expect(simulate(text).rejected).toEqual([]);
    expect(messages(text)).toEqual([
      ['warning', 'pod/port-duplicate-definition', 'spec.containers[0].ports[0]: duplicate port definition with spec.initContainers[0].ports[0]'],
    ]);
  });

  it('a hostNetwork pod\'s explicit hostPort 0 is defaulted like an absent one (defaultHostNetworkPorts)', () => {
    const text = pod('  hostNetwork: true\n  containers:\n  - name: app\n    ports:\n    - {containerPort: 80, hostPort: 0}\n    - {containerPort: 80}\n');
    expect(messages(text)).toEqual([['error', 'pod/host-port-duplicate', 'spec.containers[0].ports[1].hostPort: Duplicate value: "TCP//80".']]);
  });

  it('a hostNetwork pod\'s init containers get hostPort = containerPort too (SetDefaults_Pod)', () => {
    const text = pod('  hostNetwork: true\n  initContainers:\n  - name: init\n    ports:\n    - {containerPort: 80}\n    - {containerPort: 80}\n  containers:\n  - {name: app, image: x}\n');
    expect(messages(text)).toEqual([['error', 'pod/host-port-duplicate', 'spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//80".']]);
  });
});

describe('port warnings (pkg/api/pod/warnings.go, texts from warnings_test.go)', () => {
  it.each([
    {
      name: 'hostIP without a hostPort, next to the same port with one: overlapping, and the hostIP warning with the port as Go prints it',
      spec: '  containers:\n  - name: foo\n    ports:\n    - {containerPort: 80, hostPort: 80, protocol: UDP, hostIP: 10.0.0.1}\n    - {containerPort: 80, protocol: UDP, hostIP: 10.0.0.1}\n',
      want: [
        'spec.containers[0].ports[1]: hostIP set without hostPort: {Name: HostPort:0 ContainerPort:80 Protocol:UDP HostIP:10.0.0.1}',
        'spec.containers[0].ports[1]: overlapping port definition with spec.containers[0].ports[0]',
      ],
    },
    {
      name: 'one port name in two containers',
      spec: '  containers:\n  - name: foo1\n    ports:\n    - {containerPort: 80, protocol: UDP, name: test}\n  - name: foo\n    ports:\n    - {containerPort: 8090, protocol: TCP, name: test}\n',
      want: ['spec.containers[1].ports[0]: duplicate port name "test" with spec.containers[0].ports[0], services and probes that select ports by name will use spec.containers[0].ports[0]'],
    },
    {
      name: 'one port name in a sidecar and a container (the sidecar comes first)',
      spec: '  initContainers:\n  - name: foo1\n    restartPolicy: Always\n    ports:\n    - {containerPort: 80, protocol: UDP, name: test}\n  containers:\n  - name: foo\n    ports:\n    - {containerPort: 8090, protocol: TCP, name: test}\n',
      want: ['spec.containers[0].ports[0]: duplicate port name "test" with spec.initContainers[0].ports[0], services and probes that select ports by name will use spec.initContainers[0].ports[0]'],
    },
    {
      // A plain init container is named too (kubernetes/kubernetes#128016; prometheus-operator#7903 shows the warning
      // on 1.34 for a one-shot init container), although FindPort never looks at it.
      name: 'one port name in a plain init container and a container',
      spec: '  initContainers:\n  - name: foo1\n    ports:\n    - {containerPort: 80, protocol: UDP, name: test}\n  containers:\n  - name: foo\n    ports:\n    - {containerPort: 8090, protocol: TCP, name: test}\n',
      want: ['spec.containers[0].ports[0]: duplicate port name "test" with spec.initContainers[0].ports[0], services and probes that select ports by name will use spec.initContainers[0].ports[0]'],
    },
  ])('$name', ({ spec, want }) => {
    const sim = simulate(pod(spec));
    expect(sim.rejected).toEqual([]);
    expect(sim.diagnostics.filter((d) => d.code.startsWith('pod/')).map((d) => d.message)).toEqual(want);
    expect(sim.diagnostics.filter((d) => d.code.startsWith('pod/')).every((d) => d.severity === 'warning')).toBe(true);
  });
});

describe('a sidecar\'s ports are served (FindPort looks at sidecars after the containers)', () => {
  const service = (targetPort: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  clusterIP: 10.96.0.50\n  selector: {app: x}\n  ports:\n  - {port: 80, targetPort: ${targetPort}}\n---\n`;
  const labelled = '  labels: {app: x}\n';
  const slicePorts = (text: string) => simulate(text).cluster.endpointSlices.filter((s) => s.metadata.labels['kubernetes.io/service-name'] === 's')
    .map((s) => [s.ports.map((p) => `${p.name}:${p.port}`), s.endpoints.length]);

  it('a named targetPort only a sidecar declares resolves to the sidecar\'s port', () => {
    const text = service('metrics') + pod('  initContainers:\n  - name: exporter\n    restartPolicy: Always\n    ports:\n    - {name: metrics, containerPort: 9100}\n  containers:\n  - {name: app, image: x}\n', labelled);
    expect(slicePorts(text)).toEqual([[[':9100'], 1]]);
    // …and lint finds the name (no "targetPort names no port of the selected pods").
    expect(simulate(text).diagnostics.map((d) => d.code)).not.toContain('service/target-port-name-unknown');
    expect(simulate(text.replace('    restartPolicy: Always\n', '')).diagnostics.map((d) => d.code)).toContain('service/target-port-name-unknown');
  });

  it('the inspector lists init containers\' ports, marking a sidecar\'s', () => {
    const sim = simulate(pod('  initContainers:\n  - name: exporter\n    restartPolicy: Always\n    ports:\n    - {name: metrics, containerPort: 9100}\n  - name: setup\n    ports:\n    - {containerPort: 5000, protocol: UDP}\n  containers:\n  - name: app\n    ports:\n    - {name: http, containerPort: 80}\n'));
    const rows = inspect(sim, 'pod/default/p')?.sections.find((s) => s.key === 'spec')?.rows.filter((r) => r.field.endsWith('.ports')).map((r) => [r.field, r.value]);
    expect(rows).toEqual([
      ['spec.containers[0].ports', 'http 80/TCP'],
      ['spec.initContainers[0].ports', 'metrics 9100/TCP (sidecar)'],
      ['spec.initContainers[1].ports', '5000/UDP'],
    ]);
  });

  it('a plain init container\'s port does not count: the pod\'s endpoint lands in a slice without that port', () => {
    const text = service('metrics') + pod('  initContainers:\n  - name: setup\n    ports:\n    - {name: metrics, containerPort: 9100}\n  containers:\n  - {name: app, image: x}\n', labelled);
    expect(slicePorts(text)).toEqual([[[], 1]]);
  });

  it('when a container and a sidecar both name the port, the container\'s wins', () => {
    const text = service('web') + pod('  initContainers:\n  - name: proxy\n    restartPolicy: Always\n    ports:\n    - {name: web, containerPort: 15001}\n  containers:\n  - name: app\n    ports:\n    - {name: web, containerPort: 8080}\n', labelled);
    expect(slicePorts(text)).toEqual([[[':8080'], 1]]);
  });

  it('a request to the sidecar\'s port is answered; one to a plain init container\'s port is refused', () => {
    const sidecar = service('9100') + pod('  initContainers:\n  - name: exporter\n    restartPolicy: Always\n    ports:\n    - {containerPort: 9100}\n  containers:\n  - name: app\n    ports:\n    - {containerPort: 8080}\n', labelled);
    const plain = sidecar.replace('    restartPolicy: Always\n', '');
    const client = '---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: client\nspec:\n  containers:\n  - {name: sh, image: busybox}\n';
    const outcome = (text: string) => {
      const o = curl(simulate(text + client), { url: 'http://s.default.svc.cluster.local/', from: 'default/client' }).outcome;
      return [o.outcome, o.pod, o.endpoint ?? o.reason];
    };
    expect(outcome(sidecar)).toEqual(['delivered', 'default/p', expect.stringMatching(/:9100$/)]);
    expect(outcome(plain)).toEqual(['refused', null, 'pod-port-closed']);
  });
});

describe('READY counts sidecars (kubectl printPod, pkg/printers/internalversion/printers.go)', () => {
  // printPod adds one to totalContainers for every restartable init container, and counts a started, ready
  // sidecar as ready; an init container that ran to completion counts for neither.
  const text = pod('  initContainers:\n  - {name: proxy, image: envoy, restartPolicy: Always}\n  - {name: migrate, image: flyway}\n  containers:\n  - {name: app, image: nginx}\n');

  it('podpath get pods prints 2/2 for a container and a sidecar (the one-shot init container is not counted)', async () => {
    const r = await runCli(['get', 'pods', '-f', 'p.yaml'], { 'p.yaml': text });
    expect(r.stdout.split('\n')[1].split(/\s{2,}/).slice(0, 3)).toEqual(['p', '2/2', 'Running']);
  });

  it('kubectl get pods in the console prints the same, and 0/2 when the pod is not ready', () => {
    const notReady = text.replace('spec:\n', 'status:\n  conditions:\n  - {type: Ready, status: "False"}\nspec:\n');
    const row = (t: string) => {
      const cmd = parseCommandLine('kubectl get pods', { kind: 'client', name: 'internet' });
      if (cmd.kind === 'invalid' || cmd.kind === 'help' || cmd.kind === 'clear' || cmd.kind === 'empty') throw new Error(cmd.kind);
      return runRequest(cmd, simulate(t), engineTools).output.split('\n')[1].split(/\s{2,}/).slice(0, 2);
    };
    expect(row(text)).toEqual(['p', '2/2']);
    expect(row(notReady)).toEqual(['p', '0/2']);
  });
});
