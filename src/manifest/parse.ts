/**
 * STUB — owned by the manifest helper. Contract:
 * Parse multi-document YAML/JSON (and `kind: List`) into decoded, defaulted, validated objects.
 * Incremental: the parser keeps a cache keyed by each document's text, so re-parsing after one edit
 * only decodes the documents that changed. Never throws on user input.
 */
import type { KubeObject, UnknownObject } from '../api/types';
import { defaultWorld, type WorldSpec } from '../api/world';
import type { Diagnostic, Range } from './diagnostics';

export interface ParseOptions {
  /** kube-apiserver --service-cluster-ip-range override (CLI --service-cidr). Overrides the World document. */
  serviceCIDRs?: readonly string[];
  /** A Corefile whose `kubernetes` block overrides the World document's CoreDNS settings (CLI --corefile). */
  corefile?: string;
}

export interface ParsedManifests {
  objects: readonly KubeObject[];
  unknown: readonly UnknownObject[];
  /** The World document merged over the defaults (and the options). */
  world: WorldSpec;
  /** Parse, decode and API-server validation diagnostics, ranges filled in. */
  diagnostics: readonly Diagnostic[];
  /** Number of documents found in the text. */
  documents: number;
  /** Resolve a diagnostic's (source, field) to a range in the text; used for diagnostics added later (lint). */
  locate(source: { doc: number; path: readonly (string | number)[] }, field?: readonly (string | number)[]): Range | undefined;
}

export interface ManifestParser {
  parse(text: string, options?: ParseOptions): ParsedManifests;
}

export function createManifestParser(): ManifestParser {
  return {
    parse(_text, _options) {
      return { objects: [], unknown: [], world: defaultWorld(), diagnostics: [], documents: 0, locate: () => undefined };
    },
  };
}
