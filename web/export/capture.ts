/**
 * Reads what React Flow shows (its viewport transform, the edge paths, the cards' boxes and text) into a Scene.
 * Boxes and text are measured on screen and mapped back to flow coordinates, so the picture matches the cards
 * as styled, including the dimming of a trace step, without copying any CSS.
 */
import type { Scene, SceneRect, SceneText } from './scene';

const visible = (c: string) => c !== '' && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);

function viewportTransform(el: HTMLElement): { tx: number; ty: number; k: number } {
  const m = new DOMMatrixReadOnly(getComputedStyle(el).transform === 'none' ? undefined : getComputedStyle(el).transform);
  return { tx: m.e, ty: m.f, k: m.a || 1 };
}

/** Opacity of an element times its ancestors' up to (not including) `stop`. */
function effectiveOpacity(el: Element, stop: Element): number {
  let o = 1;
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) o *= Number(getComputedStyle(e).opacity || '1');
  return o;
}

export function captureScene(root: HTMLElement, title?: string): Scene | null {
  const pane = root.querySelector<HTMLElement>('.react-flow');
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!pane || !viewport) return null;
  const box = pane.getBoundingClientRect();
  const { tx, ty, k } = viewportTransform(viewport);
  const toFlow = (sx: number, sy: number) => ({ x: (sx - box.left - tx) / k, y: (sy - box.top - ty) / k });
  const items: Scene['items'] = [];

  // Edges: their paths are already in flow coordinates.
  for (const path of viewport.querySelectorAll<SVGPathElement>('.react-flow__edge path')) {
    const cs = getComputedStyle(path);
    if (cs.display === 'none' || cs.visibility === 'hidden' || path.classList.contains('react-flow__edge-interaction')) continue;
    const d = path.getAttribute('d');
    if (!d || cs.stroke === 'none' || !visible(cs.stroke)) continue;
    items.push({ type: 'path', d, stroke: cs.stroke, strokeWidth: parseFloat(cs.strokeWidth) || 1, dash: cs.strokeDasharray, opacity: effectiveOpacity(path, viewport) });
  }

  // Cards (and groups, badges, labels): every element with a visible background or border, then its text.
  const texts: SceneText[] = [];
  const rects: SceneRect[] = [];
  const scope = viewport.querySelectorAll<HTMLElement>('.react-flow__node, .react-flow__edgelabel-renderer > *');
  for (const node of scope) {
    for (const el of [node, ...node.querySelectorAll<HTMLElement>('*')]) {
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      if (el.classList.contains('react-flow__handle')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const bw = parseFloat(cs.borderTopWidth) || 0;
      if (visible(cs.backgroundColor) || (bw > 0 && visible(cs.borderTopColor))) {
        const p = toFlow(r.left, r.top);
        rects.push({
          x: p.x, y: p.y, w: r.width / k, h: r.height / k,
          fill: visible(cs.backgroundColor) ? cs.backgroundColor : 'none',
          stroke: cs.borderTopColor, strokeWidth: bw, rx: parseFloat(cs.borderTopLeftRadius) || 0,
          dash: cs.borderTopStyle === 'dashed' ? '6 4' : undefined,
          opacity: effectiveOpacity(el, viewport),
        });
      }
      for (const child of el.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
        texts.push(...textRuns(child as Text, el, cs, toFlow, k, viewport));
      }
    }
  }
  for (const r of rects) items.push({ type: 'rect', ...r });
  for (const t of texts) items.push({ type: 'text', ...t });

  const style = getComputedStyle(pane);
  const view = cropToContent({ x: -tx / k, y: -ty / k, w: box.width / k, h: box.height / k }, rects, texts, 16 / k);
  return {
    view,
    width: view.w * k,
    height: view.h * k,
    background: visible(style.backgroundColor) ? style.backgroundColor : '#ffffff',
    items,
    title,
  };
}

/** One text node as one run per visual line, cut (with …) where the element clips it. */
function textRuns(node: Text, el: HTMLElement, cs: CSSStyleDeclaration, toFlow: (x: number, y: number) => { x: number; y: number }, k: number, stop: Element): SceneText[] {
  const raw = node.textContent ?? '';
  // CSS text-transform changes what is seen, not the DOM text.
  const cased = cs.textTransform === 'uppercase' ? raw.toUpperCase() : cs.textTransform === 'lowercase' ? raw.toLowerCase() : raw;
  // Measuring goes character by character on the DOM text, so keep the DOM text if casing changed its length (ß → SS).
  const text = cased.length === raw.length ? cased : raw;
  const range = document.createRange();
  const clip = el.getBoundingClientRect();
  const clips = cs.overflow !== 'visible' || cs.textOverflow === 'ellipsis';
  const lines: { top: number; bottom: number; left: number; text: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getClientRects()[0];
    if (!r) continue;
    if (clips && r.right > clip.right + 0.5) {
      const last = lines[lines.length - 1];
      if (last) last.text = `${last.text.replace(/.$/u, '')}…`;
      break;
    }
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.top - r.top) < r.height / 2) last.text += text[i];
    else lines.push({ top: r.top, bottom: r.bottom, left: r.left, text: text[i] });
  }
  const size = parseFloat(cs.fontSize) || 12;
  const opacity = effectiveOpacity(el, stop);
  return lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => {
      // Baseline: the glyph box's bottom less the font's descent (about a fifth of the size).
      const p = toFlow(l.left, l.bottom - size * 0.22 * k);
      return { x: p.x, y: p.y, text: l.text, size, weight: cs.fontWeight, color: cs.color, family: cs.fontFamily, opacity };
    });
}

/** The visible area, cropped to what is drawn in it (plus a margin): no empty bands around a wide graph. */
export function cropToContent(view: Scene['view'], rects: readonly SceneRect[], texts: readonly SceneText[], margin: number): Scene['view'] {
  if (rects.length === 0) return view;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y); x1 = Math.max(x1, r.x + r.w); y1 = Math.max(y1, r.y + r.h);
  }
  for (const t of texts) {
    x0 = Math.min(x0, t.x); y0 = Math.min(y0, t.y - t.size); y1 = Math.max(y1, t.y + t.size * 0.3);
  }
  const left = Math.max(view.x, x0 - margin), top = Math.max(view.y, y0 - margin);
  const right = Math.min(view.x + view.w, x1 + margin), bottom = Math.min(view.y + view.h, y1 + margin);
  return right > left && bottom > top ? { x: left, y: top, w: right - left, h: bottom - top } : view;
}
