/**
 * A lesson step's focus on the graph: a ring around the cards it names. Done with a style rule keyed on the
 * cards' `data-testid` (graph.node.<id>), so the graph component needs no knowledge of lessons.
 */
export function spotlightCss(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  const sel = ids.map((id) => `.pp-graph [data-testid="graph.node.${esc(id)}"]`).join(',\n');
  return `${sel} {\n  outline: 4px solid #c2410c;\n  outline-offset: 3px;\n  box-shadow: 0 0 0 10px rgba(194, 65, 12, 0.18);\n  opacity: 1 !important;\n  filter: none !important;\n}`;
}

export function FocusSpotlight({ ids }: { ids: readonly string[] }) {
  const css = spotlightCss(ids);
  return css ? <style data-testid="lessons.spotlight">{css}</style> : null;
}
