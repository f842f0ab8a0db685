/**
 * STUB — owned by the DNS helper. Contract: read the `kubernetes` block (and forward/cache) of a Corefile
 * into CoreDNSConfig fields; problems come back as diagnostics (line/column in the Corefile), never thrown.
 */
import type { CoreDNSConfig } from '../api/world';
import type { Diagnostic } from '../manifest/diagnostics';

export function parseCorefile(_text: string, base: CoreDNSConfig): { config: CoreDNSConfig; diagnostics: Diagnostic[] } {
  return { config: base, diagnostics: [] };
}
