/**
 * Traces are data: what the engine did to answer a question, step by step, plus an outcome.
 * The app's player needs nothing else: each step names the graph elements it touches (for highlighting),
 * where a packet moves from and to (for the animation), the packet as it is at that hop, and a message key
 * with parameters (translated in web/, rendered in English by src/messages for the CLI).
 * No English text is baked into a step.
 */
import type { GraphId } from '../graph/ids';

export type StepKind =
  // DNS
  | 'dns.resolv-conf'      // the stub resolver reads /etc/resolv.conf
  | 'dns.candidate'        // the stub resolver builds the next name to try (search list / ndots)
  | 'dns.query'            // a query leaves a client for a server
  | 'dns.lookup'           // a server looks the name up in its zone / records
  | 'dns.forward'          // CoreDNS (or the LAN DNS) forwards upstream
  | 'dns.cname'            // a CNAME is followed
  | 'dns.answer'           // a response comes back (rcode + answers)
  | 'dns.result'           // what the program finally gets
  // Request routing
  | 'net.send'             // a packet travels from one element to the next
  | 'net.dnat'             // destination NAT (kube-proxy service VIP → endpoint, LB → node)
  | 'net.snat'             // source NAT (masquerade to the node)
  | 'proxy.select'         // kube-proxy picks an endpoint
  | 'lb.select'            // a load balancer picks a node / controller
  | 'ingress.class'        // which controller handles which Ingress
  | 'ingress.match'        // host/path matching, with why others did not match
  | 'ingress.tls'          // TLS termination / redirect
  | 'http.request'         // the HTTP request as a backend sees it
  | 'http.response'        // the response travelling back
  | 'drop'                 // the packet is dropped (why in params)
  | 'note';                // an explanation with no movement

export interface Endpoint4 {
  ip: string;
  port: number;
}

/** The packet as it is at one hop. */
export interface Packet {
  protocol: 'TCP' | 'UDP';
  src: Endpoint4;
  dst: Endpoint4;
  /** HTTP layer, when there is one. */
  http?: {
    method: string;
    scheme: 'http' | 'https';
    host: string;
    path: string;
    headers: Readonly<Record<string, string>>;
    /**
     * HTTPS: the server name the TLS handshake sends (SNI), which is the URL's host name (curl sends none for an
     * IP address); the Host header plays no part in it.
     */
    sni?: string;
  };
  /** DNS layer, when there is one. */
  dns?: { qname: string; qtype: string; id?: number };
}

export interface TraceStep {
  kind: StepKind;
  /** i18n message key, e.g. 'dns.query.sent'. Rendered with `params`. */
  message: string;
  params: Readonly<Record<string, string | number | boolean>>;
  /** The element acting in this step. */
  actor?: GraphId;
  /** For a packet moving along an edge. */
  from?: GraphId;
  to?: GraphId;
  /** Every element this step highlights (nodes and edges). */
  touches: readonly GraphId[];
  packet?: Packet;
  /** DNS answer details for dns.* steps. */
  dns?: {
    qname: string;
    qtype: string;
    server?: string;
    rcode?: Rcode;
    answers?: readonly ResourceRecord[];
    authoritative?: boolean;
  };
}

export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'NOTIMP' | 'FORMERR';

/**
 * A resource record in the CLI's JSON shape: `name` absolute with the trailing dot; `data` is the IP for
 * A/AAAA, an absolute name for CNAME/PTR, "priority weight port target." for SRV, the quoted string for TXT.
 */
export interface ResourceRecord {
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR' | 'TXT' | 'SOA' | 'NS' | 'MX';
  ttl: number;
  data: string;
}

export interface Trace<Outcome> {
  steps: readonly TraceStep[];
  outcome: Outcome;
}
