import type { Lesson } from '../types';
import { docs, nginxPod, plainService, sleeperPod } from './blocks';

const BASE = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  internet:
    dns:
      address: 198.51.100.53
      records:
        - { name: api.example.com, type: A, data: 203.0.113.80 }
---
${docs(plainService({ name: 'web', app: 'web' }), nginxPod({ name: 'web' }))}`;

const client = (dnsConfig: string) => sleeperPod({ spec: dnsConfig });

export const ndotsSearch: Lesson = {
  id: 'ndots-search',
  title: { en: 'ndots:5 and the search list', ko: 'ndots:5와 search 목록' },
  summary: {
    en: 'A name with fewer than five dots is tried with every search domain first. Short Service names resolve in one query; public names cost several.',
    ko: '점이 다섯 개보다 적은 이름은 search 도메인을 하나씩 붙여 먼저 시도합니다. 짧은 서비스 이름은 한 번에 찾지만 공개 도메인은 여러 번 묻게 됩니다.',
  },
  tags: ['dns', 'resolv.conf', 'ndots', 'search', 'dnsConfig'],
  scenario: BASE + client(''),
  steps: [
    {
      text: {
        en: 'The kubelet wrote this resolv.conf: CoreDNS as nameserver, three search domains built from the namespace, and `ndots:5`.',
        ko: 'kubelet이 만든 resolv.conf입니다. 네임서버는 CoreDNS, search 도메인 세 개는 네임스페이스에서 만들어지고, `ndots:5`가 붙어 있습니다.',
      },
      focus: ['pod/default/client', 'dns/coredns'],
      command: 'cat /etc/resolv.conf',
      source: 'pod/default/client',
    },
    {
      text: {
        en: '`web` has no dot, so the first candidate is `web.default.svc.cluster.local` — found at once.',
        ko: '`web`에는 점이 없으니 첫 후보가 `web.default.svc.cluster.local`이고, 바로 찾습니다.',
      },
      focus: ['pod/default/client', 'svc/default/web'],
      command: 'nslookup web',
      source: 'pod/default/client',
    },
    {
      text: {
        en: '`api.example.com` has two dots, fewer than five: the resolver tries it under each search domain (NXDOMAIN each time) before the name as written. Step through the trace and count the queries.',
        ko: '`api.example.com`은 점이 두 개로 다섯보다 적습니다. 그래서 search 도메인을 하나씩 붙여 묻고(매번 NXDOMAIN) 마지막에야 원래 이름을 묻습니다. 트레이스를 따라가며 질의 수를 세어 보세요.',
      },
      focus: ['pod/default/client', 'dns/coredns', 'dns/internet'],
      command: 'dig api.example.com +search',
      source: 'pod/default/client',
    },
    {
      text: {
        en: 'A trailing dot makes a name absolute: `api.example.com.` skips the search list entirely.',
        ko: '끝에 점을 찍으면 절대 이름이 됩니다. `api.example.com.`은 search 목록을 아예 건너뜁니다.',
      },
      command: 'nslookup api.example.com.',
      source: 'pod/default/client',
    },
  ],
  challenge: {
    task: {
      en: 'The `client` calls `api.example.com` all day. Without changing the name the app uses, get it resolved with at most one A and one AAAA query — while `web` still resolves.',
      ko: '`client`는 하루 종일 `api.example.com`을 호출합니다. 앱이 쓰는 이름은 그대로 두고, A 질의 한 번과 AAAA 질의 한 번 이내로 해석되게 하세요. `web`도 계속 해석되어야 합니다.',
    },
    goals: [
      { kind: 'resolve', name: 'api.example.com', from: 'default/client', expect: { addresses: ['203.0.113.80'], maxQueries: 2 } },
      { kind: 'resolve', name: 'web', from: 'default/client', type: 'A', expect: { rcode: 'NOERROR' } },
    ],
    hint: {
      en: 'A pod\'s `spec.dnsConfig.options` is merged into its resolv.conf.',
      ko: '파드의 `spec.dnsConfig.options`가 resolv.conf에 합쳐집니다.',
    },
    solution: BASE + client('  dnsConfig:\n    options:\n      - name: ndots\n        value: "2"\n'),
  },
  pitfalls: [
    {
      en: 'Lowering ndots changes how names with dots are tried: with ndots:2, `web.default.svc` (two dots) is first sent as the absolute name `web.default.svc.`, forwarded upstream and answered NXDOMAIN, before the search list finds it.',
      ko: 'ndots를 낮추면 점이 있는 이름을 시도하는 순서가 바뀝니다. ndots:2에서는 점이 두 개인 `web.default.svc`를 먼저 절대 이름 `web.default.svc.`로 보내고, 이 질의는 상위 DNS로 넘어가 NXDOMAIN을 받은 뒤에야 search 목록으로 찾습니다.',
    },
  ],
};
