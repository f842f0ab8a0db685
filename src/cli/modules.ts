/**
 * The engine modules the CLI calls beyond simulate(): DNS (dig, resolve, resolvConf) and request routing
 * (curl). They are loaded lazily so a command whose module is missing or unfinished says so
 * ("not available yet", exit 2) instead of taking every other command down with it.
 */
import type { Simulation } from '../engine';
import type { DigRequest, DnsOutcome, ResolvConfAnswer, ResolveRequest } from '../dns/dig';
import type { CurlRequest, RequestOutcome } from '../request/types';
import type { Trace } from '../trace/types';

export interface DnsModule {
  dig?(sim: Simulation, req: DigRequest): Trace<DnsOutcome>;
  resolve?(sim: Simulation, req: ResolveRequest): Trace<DnsOutcome & { addresses: string[] }>;
  resolvConf?(sim: Simulation, ref: string): ResolvConfAnswer;
}

export interface RequestModule {
  curl?(sim: Simulation, req: CurlRequest): Trace<RequestOutcome>;
  curlRepeat?(sim: Simulation, req: CurlRequest, n: number): readonly Trace<RequestOutcome>[] | { traces: readonly Trace<RequestOutcome>[] };
}

export class NotAvailable extends Error {}

// Non-literal specifiers: a module may not exist yet while the engine is being written.
const candidates = {
  dns: ['../dns/index', '../dns/dig'],
  request: ['../request/index'],
} as const;

function isMissingModule(e: unknown): boolean {
  const msg = String((e as Error)?.message ?? e);
  const code = (e as { code?: string })?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|Failed to resolve import|does not exist/i.test(msg);
}

async function load<T>(which: keyof typeof candidates): Promise<T> {
  for (const spec of candidates[which]) {
    try {
      return (await import(/* @vite-ignore */ spec as string)) as T;
    } catch (e) {
      if (!isMissingModule(e)) throw e;
    }
  }
  throw new NotAvailable(`the ${which === 'dns' ? 'DNS' : 'request routing'} engine (src/${which}) is not available yet`);
}

export async function dnsModule(): Promise<DnsModule> {
  return load<DnsModule>('dns');
}

export async function requestModule(): Promise<RequestModule> {
  return load<RequestModule>('request');
}

/** A function the module should export, or NotAvailable naming it. */
export function need<F>(f: F | undefined, name: string): F {
  if (typeof f !== 'function') throw new NotAvailable(`${name}() is not available yet in the engine`);
  return f;
}
