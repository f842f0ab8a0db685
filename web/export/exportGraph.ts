/** The graph as a file: SVG (vector, from the captured scene) or PNG (that SVG drawn on a canvas at 2×). */
import { downloadBlob } from '../share/files';
import { captureScene } from './capture';
import { sceneToSvg } from './scene';

function graphRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="graph.canvas"]') ?? document.querySelector<HTMLElement>('.react-flow')?.parentElement ?? null;
}

export function graphSvg(title?: string): string | null {
  const root = graphRoot();
  const scene = root && captureScene(root, title);
  return scene ? sceneToSvg(scene) : null;
}

/** PNG at 2× at least, more for a small view (a zoomed-out graph), up to about 4,000 pixels wide. */
export async function svgToPng(svg: string, minScale = 2): Promise<Blob | null> {
  const w = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const h = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  if (!w || !h) return null;
  const scale = Math.max(minScale, Math.min(6, 4000 / w, 4000 / h));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg did not load'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

export async function exportGraph(format: 'svg' | 'png', title?: string): Promise<boolean> {
  const svg = graphSvg(title);
  if (!svg) return false;
  if (format === 'svg') {
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `podpath-graph-${stamp()}.svg`);
    return true;
  }
  const png = await svgToPng(svg);
  if (!png) return false;
  downloadBlob(png, `podpath-graph-${stamp()}.png`);
  return true;
}
