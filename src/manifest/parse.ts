/**
 * Parse multi-document YAML/JSON (and `kind: List`) into decoded, defaulted, validated objects.
 *
 * Incremental: the parser keeps the previous parse's documents and reuses each one whose text is unchanged, so
 * re-parsing after one edit only loads and decodes the documents that changed (and re-places the ones that moved). Field ranges are found
 * lazily, only for diagnostics. Never throws on user input.
 *
 * Order of work, mirroring what a cluster would do with `kubectl apply -f` of the same text:
 *  1. split into documents, load (js-yaml) and decode each (cached by text) — per-object API validation;
 *  2. later duplicates of kind/namespace/name win (a second apply overwrites the first);
 *  3. the World: last World document over the defaults, then --service-cidr, then Node manifests' nodes;
 *  4. the Service allocators' checks (clusterIP ranges/collisions, nodePorts), which need every Service;
 *  5. the Corefile option (src/dns/corefile.ts) over the World's CoreDNS settings.
 */
import type { KubeObject, Node, UnknownObject } from '../api/types';
import { defaultWorld, type WorldSpec } from '../api/world';
import { parseCorefile } from '../dns/corefile';
import { DecodeContext } from './decode/context';
import type { Diagnostic, ObjectKey, Range } from './diagnostics';
import { objectKey } from './diagnostics';
import { DocumentEntry, makeDiagnostic, type PlacedWorld } from './document';
import './messages';
import { loadAllDocuments, nonFiniteCount } from './load';
import { splitDocuments, startsWithBrace, type DocumentSegment } from './split';
import { checkServiceAllocations, type AllocationMemory, type PlacedService } from './validation/allocation';
import { mergeWorldSpec, written } from './world/merge';
import { nodesFromObjects } from './world/nodes';
import { applyServiceCIDROption, tenthAddress, validateWorld } from './world/validate';

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
  /**
   * Objects the API server would refuse (they have an error diagnostic). They stay in `objects` so later
   * stages can still explain them; a faithful simulation treats them as never created.
   */
  rejected: ReadonlySet<ObjectKey>;
  /** Cache statistics of this parse: documents decoded afresh vs reused from the previous parses. */
  cache: { decoded: number; reused: number };
}

export interface ManifestParser {
  parse(text: string, options?: ParseOptions): ParsedManifests;
}

export function createManifestParser(): ManifestParser {
  /** The previous parse's documents, in order: the cache. Documents no longer in the text are dropped. */
  let previous: DocumentEntry[] = [];
  /** Whether the previous text was read as JSON: an entry is only reused under the same reading. */
  let previousJson = false;
  const allocations: AllocationMemory = {};
  return {
    parse(text, options = {}) {
      const segments = splitDocuments(text);
      // kubectl reads a text that starts with `{` as JSON (kubectlReader.ts).
      const json = startsWithBrace(text);
      if (json !== previousJson) previous = [];
      previousJson = json;
      const before = previous;
      const entries = reuseEntries(segments, previous);
      const bulk = loadInBulk(text, segments, entries);
      // The previous entries that no segment reused: an edited List among them is read again item by item.
      let unclaimed: Set<DocumentEntry> | undefined;
      const replaced = (doc: number): DocumentEntry | undefined => {
        const was = before[doc];
        if (!was?.readsInPieces || before.length !== segments.length) return undefined;
        if (!unclaimed) {
          unclaimed = new Set(before);
          for (const e of entries) if (e) unclaimed.delete(e);
        }
        return unclaimed.has(was) ? was : undefined;
      };
      let decoded = 0;
      let reused = 0;
      const objects: KubeObject[] = [];
      const unknown: UnknownObject[] = [];
      const worlds: PlacedWorld[] = [];
      const diagnostics: Diagnostic[] = [];
      // Plain loops, no spreads: `push(...xs)` of every document's results costs more than the copying itself.
      for (let doc = 0; doc < segments.length; doc++) {
        const seg = segments[doc];
        let entry = entries[doc];
        if (entry) reused++;
        else {
          const take = bulk?.take(doc);
          entry = entries[doc] = new DocumentEntry(seg.text, take, seg.newlines, json, seg.badSeparator ?? null, take ? undefined : replaced(doc));
          decoded++;
        }
        const placed = entry.place(doc, seg.startLine);
        for (const o of placed.objects) objects.push(o);
        for (const u of placed.unknown) unknown.push(u);
        for (const w of placed.worlds) worlds.push(w);
        for (const d of placed.diagnostics) diagnostics.push(d);
      }
      previous = entries as DocumentEntry[];

      const locate: ParsedManifests['locate'] = (source, field = []) => {
        // Every entry is filled in by now; a doc index from elsewhere may still be out of range.
        const entry = entries[source.doc];
        return entry?.locate(segments[source.doc].startLine, [...source.path, ...field]);
      };
      const global = (severity: Diagnostic['severity'], code: string, source: { doc: number; path: readonly (string | number)[] } | undefined, field: readonly (string | number)[], params: Record<string, string | number>, object?: ObjectKey) => {
        const d = makeDiagnostic({ severity, code, params, field }, source && { doc: source.doc, path: source.path }, object, source ? locate(source, field) : undefined);
        diagnostics.push(d);
      };

      const live = dropDuplicates(objects, global);
      const world = buildWorld(worlds, live, options, global);
      const services: PlacedService[] = [];
      for (const o of live) if (o.kind === 'Service' && o.source) services.push({ service: o, source: o.source });
      for (const issue of checkServiceAllocations(services, world, allocations)) {
        const s = issue.target.service;
        global(issue.severity, issue.code, issue.target.source, issue.field, issue.params, objectKey('Service', s.metadata.namespace, s.metadata.name));
      }
      if (options.corefile !== undefined) {
        const r = parseCorefile(options.corefile, world.cluster.coredns);
        world.cluster = { ...world.cluster, coredns: r.config };
        diagnostics.push(...r.diagnostics);
      }

      const rejected = new Set<ObjectKey>();
      // What `kubectl apply` would refuse is never created. A duplicate is not refused: the later document
      // updates the earlier one, as a second `apply` of the same name does (the diagnostic says so).
      for (const d of diagnostics) if (d.severity === 'error' && d.object && d.code !== 'object/duplicate') rejected.add(d.object);
      return { objects: live, unknown, world, diagnostics, documents: segments.length, locate, rejected, cache: { decoded, reused } };
    },
  };
}

type GlobalReport = (
  severity: Diagnostic['severity'], code: string, source: { doc: number; path: readonly (string | number)[] } | undefined,
  field: readonly (string | number)[], params: Record<string, string | number>, object?: ObjectKey,
) => void;

/**
 * The previous parse's entry for each segment whose text is unchanged, else undefined.
 *
 * WHY by position first: an edit leaves most documents where they were, or shifted by the documents it added or
 * removed (the same shift for every document after the edit), and comparing a segment with the entry at that
 * position is one string compare. Only the segments found neither way are looked up by text, among the previous
 * entries no position claimed (usually the one document being edited, or a few moved ones). A cold parse
 * (nothing previous) hashes no document text at all, where a map of every document's text would hash the whole
 * input once more.
 */
function reuseEntries(segments: readonly DocumentSegment[], previous: readonly DocumentEntry[]): (DocumentEntry | undefined)[] {
  const out: (DocumentEntry | undefined)[] = new Array(segments.length);
  if (previous.length === 0) return out;
  const claimed = new Uint8Array(previous.length);
  const shift = segments.length - previous.length;
  let missing = 0;
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i].text;
    const j = i < previous.length && !claimed[i] && previous[i].text === text ? i
      : i - shift >= 0 && i - shift < previous.length && !claimed[i - shift] && previous[i - shift].text === text ? i - shift : -1;
    if (j < 0) {
      missing++;
      continue;
    }
    claimed[j] = 1;
    out[i] = previous[j];
  }
  if (missing === 0) return out;
  const byText = new Map<string, number>();
  for (let j = 0; j < previous.length; j++) if (!claimed[j] && !byText.has(previous[j].text)) byText.set(previous[j].text, j);
  if (byText.size === 0) return out;
  for (let i = 0; i < segments.length; i++) {
    if (out[i]) continue;
    const j = byText.get(segments[i].text);
    if (j === undefined || claimed[j]) continue;
    claimed[j] = 1;
    out[i] = previous[j];
  }
  return out;
}

/** Below this many documents to load, loading them one by one costs about the same as one loadAll. */
const BULK_MIN = 32;

/** Documents per js-yaml loadAll in a bulk load (see BulkLoad). */
const BULK_CHUNK = 64;

/**
 * The documents' values from js-yaml loadAll calls over runs of documents, when most of them must be loaded
 * (a cold parse, a paste) and the result matches the segments one for one; otherwise undefined, and each
 * document is loaded on its own.
 *
 * One for one: js-yaml makes a document of every stretch between two markers, an empty one included (null);
 * split.ts keeps only the stretches with content. So bulk is used only when split.ts kept every stretch after
 * the first segment (the segments follow each other with no gap, up to the end of the text; before the first
 * one there may only be blank and comment lines, of which js-yaml makes no document), and when loadAll returns
 * as many documents as a run has. Equal counts alone are not enough: a dropped empty stretch and a stretch js-yaml does not
 * count could cancel out. The text must also have no directive (`%…`) or end marker (`...`), where a
 * document's text alone may read differently from the same text inside the stream, and none of the characters
 * on which the two disagree about lines: a byte-order mark (js-yaml drops it, split.ts reads it as content) and
 * U+2028/U+2029 (a line break to a JavaScript regex, not to YAML). If js-yaml refuses any part of a run,
 * each of its documents is loaded on its own, so one broken document still leaves the others and its error says where.
 */
export function loadInBulk(
  text: string, segments: readonly DocumentSegment[], entries: readonly (DocumentEntry | undefined)[], chunk = BULK_CHUNK,
): BulkLoad | undefined {
  let missing = 0;
  for (let i = 0; i < segments.length; i++) if (!entries[i]) missing++;
  if (missing < BULK_MIN || missing * 2 < segments.length || notInBulk(text)) return undefined;
  for (let i = 0; i < segments.length; i++) {
    const end = i + 1 < segments.length ? segments[i + 1].startOffset : text.length;
    if (segments[i].startOffset + segments[i].text.length !== end) return undefined;
  }
  return new BulkLoad(text, segments, chunk);
}

/** What a value handed out is replaced with (so it is not kept alive, and not handed out twice). */
const TAKEN: unique symbol = Symbol('taken');

/**
 * Values handed out document by document, read by one loadAll per run of `chunk` documents (from the first one
 * asked for), each value handed out once.
 *
 * WHY runs, not one loadAll of the whole text: js-yaml keeps every value it read until it returns. For a paste of
 * thousands of documents those values (about four times the text's size) outlive several young-generation
 * garbage collections and are copied into the old generation, to be dropped as soon as they are decoded. The
 * parser decodes a run's values before it asks for the next run, so they die young. (10,000 objects: garbage
 * collection per cold parse 105 → 80–85 ms; the js-yaml calls themselves cost the same.)
 */
export class BulkLoad {
  private from = 0;
  private to = 0;
  private values: unknown[] | undefined;
  /** Whether loading the current run made a non-finite number (see load.ts nonFiniteCount). */
  private nonFinite = false;

  constructor(private readonly text: string, private readonly segments: readonly DocumentSegment[], private readonly chunk: number) {}

  /** Document `doc`'s value, or undefined when js-yaml could not read its run as the segments (load it alone). */
  take(doc: number): { ok: true; value: unknown; nonFinite?: boolean } | undefined {
    if (doc < this.from || doc >= this.to) this.read(doc);
    const values = this.values;
    if (!values) return undefined;
    const value = values[doc - this.from];
    if (value === TAKEN) return undefined; // asked twice: the caller loads it alone
    values[doc - this.from] = TAKEN;
    return this.nonFinite ? { ok: true, value, nonFinite: true } : { ok: true, value };
  }

  private read(doc: number): void {
    const to = Math.min(doc + this.chunk, this.segments.length);
    const end = to < this.segments.length ? this.segments[to].startOffset : this.text.length;
    const before = nonFiniteCount();
    const values = loadAllDocuments(this.text.slice(this.segments[doc].startOffset, end));
    this.nonFinite = nonFiniteCount() !== before;
    this.from = doc;
    this.to = to;
    this.values = values && values.length === to - doc ? values : undefined;
  }
}

/**
 * Texts loaded document by document: directives, end markers, and the characters js-yaml and split.ts read apart.
 * What the regex /^(?:%|\.\.\.)|[\uFEFF\u2028\u2029]/m matches, by indexOf: the regex tried its alternatives at
 * every position of the text (5 ms for a 3 MB paste). Most texts have no `%` and no `...` anywhere, which two
 * scans for a short string tell at once; each one found is asked whether it starts a line.
 */
export function notInBulk(text: string): boolean {
  if (text.indexOf('\uFEFF') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) return true;
  return atLineStart(text, '%') || atLineStart(text, '...');
}

/** Whether `s` occurs at the start of a line: at 0, or after \n or \r (what `^` matches with the m flag, U+2028/2029 aside). */
function atLineStart(text: string, s: string): boolean {
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = i === 0 ? 10 : text.charCodeAt(i - 1);
    if (before === 10 || before === 13) return true;
  }
  return false;
}

/** A later object with the same kind/namespace/name replaces the earlier one; the later one is flagged. */
function dropDuplicates(objects: readonly KubeObject[], report: GlobalReport): KubeObject[] {
  // Indexed by name, then told apart by kind and namespace: a `kind/namespace/name` key string per object would be
  // built (and hashed) for every object of the text, to find duplicates that are rare.
  const byName = new Map<string, number | number[]>();
  const out: (KubeObject | undefined)[] = [];
  let dropped = false;
  for (const o of objects) {
    const { name, namespace } = o.metadata;
    const seen = byName.get(name);
    const at = out.length;
    out.push(o);
    if (seen === undefined) {
      byName.set(name, at);
      continue;
    }
    const list = typeof seen === 'number' ? [seen] : seen;
    let prev = -1;
    for (let k = 0; k < list.length; k++) {
      const other = out[list[k]];
      if (other && other.kind === o.kind && other.metadata.namespace === namespace) {
        prev = k;
        break;
      }
    }
    if (prev < 0) {
      list.push(at);
    } else {
      const key = objectKey(o.kind, namespace, name);
      const first = out[list[prev]];
      report('error', 'object/duplicate', o.source, ['metadata', 'name'], { object: key, firstDoc: (first?.source?.doc ?? 0) + 1 }, key);
      out[list[prev]] = undefined;
      list[prev] = at;
      dropped = true;
    }
    if (typeof seen === 'number') byName.set(name, list);
  }
  return dropped ? out.filter((o): o is KubeObject => o !== undefined) : (out as KubeObject[]);
}

function buildWorld(worlds: readonly PlacedWorld[], objects: readonly KubeObject[], options: ParseOptions, report: GlobalReport): WorldSpec {
  const doc = worlds[worlds.length - 1];
  for (const w of worlds.slice(1)) report('warning', 'world/duplicate', w.source, ['kind'], { firstDoc: worlds[0].source.doc + 1 });
  const ctx = new DecodeContext();
  let world = doc ? mergeWorldSpec(defaultWorld(), doc.raw, ctx) : defaultWorld();
  const optionCtx = new DecodeContext();
  if (options.serviceCIDRs?.length) world = applyServiceCIDROption(world, options.serviceCIDRs, optionCtx);
  const rangeChanged = world.cluster.serviceCIDRs.join() !== defaultWorld().cluster.serviceCIDRs.join();
  if (rangeChanged && !written(doc?.raw, ['spec', 'cluster', 'dnsServiceIP'])) {
    const dns = tenthAddress(String(world.cluster.serviceCIDRs[0]));
    if (dns) world = { ...world, cluster: { ...world.cluster, dnsServiceIP: dns } };
  }
  validateWorld(world, ctx);
  const nodes = objects.filter((o): o is Node => o.kind === 'Node');
  if (nodes.length) {
    const r = nodesFromObjects(nodes, world);
    world = { ...world, nodes: r.nodes };
    for (const a of r.assigned) {
      const key = objectKey('Node', '', a.node.metadata.name);
      report('info', 'node/internal-ip-assigned', a.node.source, ['status', 'addresses'], { name: a.node.metadata.name, ip: a.ip }, key);
    }
  }
  const worldKey = doc ? objectKey('World', '', 'world') : undefined;
  for (const i of ctx.issues) report(i.severity, i.code, doc?.source, i.field, i.params, worldKey);
  for (const i of optionCtx.issues) report(i.severity, i.code, undefined, [], i.params);
  return world;
}
