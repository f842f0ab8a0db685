import { describe, expect, it } from 'vitest';
import { escapeXml, sceneToSvg, type Scene } from './scene';

const scene: Scene = {
  view: { x: -10, y: -20, w: 400, h: 300 },
  width: 800,
  height: 600,
  background: '#fff',
  title: 'PodPath <graph>',
  items: [
    { type: 'path', d: 'M0,0 C10,10 20,20 30,30', stroke: 'rgb(1, 2, 3)', strokeWidth: 2, opacity: 0.35, dash: '5 5' },
    { type: 'rect', x: 0, y: 0, w: 120.456, h: 40, fill: 'rgb(255, 255, 255)', stroke: 'rgb(0, 0, 0)', strokeWidth: 1, rx: 6, opacity: 1 },
    { type: 'text', x: 8, y: 20, text: 'web & <api> "x"', size: 13, weight: '600', color: '#111', family: '"Noto Sans KR", sans-serif', opacity: 1 },
  ],
};

describe('graph SVG', () => {
  const svg = sceneToSvg(scene);
  it('is a standalone SVG of the visible viewport at the output size', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="600" viewBox="-10 -20 400 300">/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
  it('draws edges under cards, cards under text', () => {
    expect(svg.indexOf('<path')).toBeLessThan(svg.indexOf('<rect x="0"'));
    expect(svg.indexOf('<rect x="0"')).toBeLessThan(svg.indexOf('<text'));
  });
  it('escapes text and attributes, and keeps dimming and dashes', () => {
    expect(svg).toContain('web &amp; &lt;api&gt; &quot;x&quot;');
    expect(svg).toContain('<title>PodPath &lt;graph&gt;</title>');
    expect(svg).toContain('font-family="&quot;Noto Sans KR&quot;, sans-serif"');
    expect(svg).toContain('opacity="0.35"');
    expect(svg).toContain('stroke-dasharray="5 5"');
    expect(svg).toContain('width="120.46"');
  });
  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u0008c')).toBe('abc');
  });
});
