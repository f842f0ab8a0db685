/**
 * A picture of the graph as plain shapes (rectangles, paths, text runs) in React Flow's coordinates, and its
 * SVG. Pure: the DOM reading lives in capture.ts, so what the SVG says (escaping, order, sizes) is unit-tested.
 */
export interface SceneRect {
  x: number; y: number; w: number; h: number;
  fill: string; stroke: string; strokeWidth: number; rx: number; opacity: number; dash?: string;
}
export interface ScenePath {
  d: string; stroke: string; strokeWidth: number; opacity: number; dash?: string; fill?: string;
}
export interface SceneText {
  x: number; y: number; text: string; size: number; weight: string; color: string; family: string; opacity: number;
}
export interface Scene {
  /** The visible part of the flow, in flow coordinates. */
  view: { x: number; y: number; w: number; h: number };
  /** Output size in CSS pixels. */
  width: number;
  height: number;
  background: string;
  /** Drawn in order: edges first (under the cards), then cards and their texts. */
  items: ({ type: 'rect' } & SceneRect | { type: 'path' } & ScenePath | { type: 'text' } & SceneText)[];
  title?: string;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 forbids (control characters) are dropped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const opacity = (o: number) => (o < 1 ? ` opacity="${n(o)}"` : '');
const dash = (d?: string) => (d && d !== 'none' ? ` stroke-dasharray="${escapeXml(d)}"` : '');

export function sceneToSvg(scene: Scene): string {
  const { view } = scene;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.w)} ${n(view.h)}">`);
  if (scene.title) out.push(`<title>${escapeXml(scene.title)}</title>`);
  out.push(`<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.w)}" height="${n(view.h)}" fill="${escapeXml(scene.background)}"/>`);
  for (const it of scene.items) {
    if (it.type === 'rect') {
      const stroke = it.strokeWidth > 0 ? ` stroke="${escapeXml(it.stroke)}" stroke-width="${n(it.strokeWidth)}"${dash(it.dash)}` : '';
      out.push(`<rect x="${n(it.x)}" y="${n(it.y)}" width="${n(it.w)}" height="${n(it.h)}"${it.rx ? ` rx="${n(it.rx)}"` : ''} fill="${escapeXml(it.fill)}"${stroke}${opacity(it.opacity)}/>`);
    } else if (it.type === 'path') {
      out.push(`<path d="${escapeXml(it.d)}" fill="${escapeXml(it.fill ?? 'none')}" stroke="${escapeXml(it.stroke)}" stroke-width="${n(it.strokeWidth)}"${dash(it.dash)}${opacity(it.opacity)}/>`);
    } else {
      out.push(`<text x="${n(it.x)}" y="${n(it.y)}" font-size="${n(it.size)}" font-weight="${escapeXml(it.weight)}" font-family="${escapeXml(it.family)}" fill="${escapeXml(it.color)}"${opacity(it.opacity)} xml:space="preserve">${escapeXml(it.text)}</text>`);
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
