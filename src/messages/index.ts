/**
 * All English catalogs, registered: one import for the CLI and the app's fallback renderer.
 * Each module owns its catalog file; importing it here makes every key renderable wherever this is imported.
 * (Catalogs import ./registry, not this file, so there is no import cycle.)
 */
export { registerCatalog, renderMessage, englishCatalog } from './registry';
export { expandParams, renderTemplate, LIST_SEPARATOR } from './render';
export type { Catalog, Params } from './render';

import '../manifest/messages';
import '../cluster/messages';
import '../dns/messages';
import '../lint/messages';
import '../request/messages';
import '../manifest/strict/messages';
import '../lessons/messages';
