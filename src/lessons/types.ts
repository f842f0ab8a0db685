/**
 * Lessons are data (the shape of Learn Git Branching's levels): a scenario, short steps that point at the
 * graph and run console commands, and a challenge whose goal the engine checks. One test
 * (lessons.test.ts) asserts that every lesson's solution meets its goal and its starter does not.
 * Text is given in every supported language here, so a lesson is one self-contained record.
 *
 * Addresses the cluster allocates (a LoadBalancer's EXTERNAL-IP, an Ingress ADDRESS, a nodePort) may be written
 * as placeholders in a goal's url/headers/name and in a step's command, so a lesson does not hard-code what the
 * allocator picks: `{lb:ns/svc}`, `{ingress:ns/name}`, `{clusterIP:ns/svc}`, `{nodePort:ns/svc}` (the first
 * port's), `{podIP:ns/pod}`, `{nodeIP:name}`. `expandPlaceholders(sim, text)` (./placeholders.ts) fills them in
 * from the current simulation; the lesson player runs a step's command through it before the console gets it.
 */
import type { GraphId } from '../graph/ids';

export type Lang = 'en' | 'ko';
export type Localized = Readonly<Record<Lang, string>>;

export interface LessonStep {
  text: Localized;
  /** Graph elements to highlight while this step is shown (ids of the starter scenario's graph). */
  focus?: readonly GraphId[];
  /** A console command the step runs (the learner can run it again); may hold placeholders. */
  command?: string;
  /** Where the command runs: the console's source id, i.e. the graph id of a client, node or pod
   *  ('client/internet', 'client/lan', 'node/worker-1', 'pod/default/client'). Default: the console's current source. */
  source?: GraphId;
}

/** What one request must come to. Every given field must match. */
export interface CurlExpect {
  /** 'delivered' | 'dropped' | 'refused' | 'timeout' | 'dns-failure' | 'http-error' | 'tls-failure'. */
  outcome?: string;
  httpStatus?: number;
  /** The pod that answered is in this namespace. */
  podNamespace?: string;
  /** The pod name starts with this (workload pods have generated suffixes). */
  podPrefix?: string;
  /** 'ns/service:port' that served it, or 'default' for a controller's default backend. */
  backend?: string;
  /** The source address the answering server saw. */
  clientIPSeen?: string;
  /** The final ip:port reached (an outside host behind an ExternalName or hand-written endpoints). */
  endpoint?: string;
}

/** What the engine must observe for a challenge to count as solved. */
export type Goal =
  | {
      kind: 'curl';
      /** 'internet', 'lan', 'ns/pod' or 'node/name'. */
      from: string;
      url: string;
      headers?: Readonly<Record<string, string>>;
      /** Send this many requests (request index 0…n-1, as `--repeat`): every one must match. Default 1. */
      repeat?: number;
      expect: CurlExpect;
    }
  | {
      kind: 'dig';
      name: string;
      type?: string;
      from?: string;
      search?: boolean;
      /** answerData is compared as a set: CoreDNS's loadbalance plugin shuffles A records. */
      expect: { rcode: string; answerCount?: number; answerData?: readonly string[] };
    }
  | {
      kind: 'resolve';
      name: string;
      from: string;
      /** 'A' or 'AAAA'; omitted: both, as getaddrinfo with AF_UNSPEC. */
      type?: 'A' | 'AAAA';
      /** addresses compared as a set; query counts include every A and AAAA query sent. */
      expect: { addresses?: readonly string[]; minQueries?: number; maxQueries?: number; rcode?: string };
    }
  | {
      kind: 'diagnostic-absent';
      /** The lesson's problem is fixed when no diagnostic with this code remains. */
      code: string;
    };

export interface Lesson {
  /** Stable id: used in share links and saved progress. */
  id: string;
  title: Localized;
  /** One or two sentences shown in the lesson list. */
  summary: Localized;
  /** Which source document it grew from, if any (file name in the seeds). */
  seed?: string;
  /** Topics for the lesson list (service types, dns, ingress…). */
  tags: readonly string[];
  /** The manifests the lesson starts with (the challenge's starter). */
  scenario: string;
  steps: readonly LessonStep[];
  challenge: {
    task: Localized;
    goals: readonly Goal[];
    hint: Localized;
    /** The manifests after a correct fix. */
    solution: string;
  };
  /** Known pitfalls worth a warning (CVE-2021-25740, ingress-nginx retirement, Endpoints deprecation…). */
  pitfalls?: readonly Localized[];
}
