/**
 * The Korean catalogs, one per engine module, keyed by the module's directory (src/<module>/messages.ts, or
 * src/<module>/<part>/messages.ts keyed by <part>: src/manifest/strict → strict).
 * A new English catalog needs a src/messages/ko/<module>.ts with the same keys, listed here; the tests in
 * this folder fail until it exists and is complete.
 */
import type { Catalog } from '../render';
import { koClusterMessages } from './cluster';
import { koDnsMessages } from './dns';
import { koLessonsMessages } from './lessons';
import { koLintMessages } from './lint';
import { koManifestMessages } from './manifest';
import { koRequestMessages } from './request';
import { koStrictMessages } from './strict';

export const koCatalogs: Readonly<Record<string, Catalog>> = {
  manifest: koManifestMessages,
  cluster: koClusterMessages,
  dns: koDnsMessages,
  lint: koLintMessages,
  request: koRequestMessages,
  strict: koStrictMessages,
  lessons: koLessonsMessages,
};

export { koParamValues } from './params';
export type { ParamValueRule } from './params';
