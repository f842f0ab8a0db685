/**
 * Panes with drag splitters between them. Sizes are fractions of the container, remembered per `id`
 * in localStorage. Each splitter is a focusable `separator`: drag it, or use ←/→ (↑/↓) by 2 %.
 */
import { Children, useCallback, useRef, useState, type ReactNode, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  id: string;
  direction: 'row' | 'column';
  initial: readonly number[];
  /** Accessible names of the splitters, one per gap. */
  labels: readonly string[];
  children: ReactNode;
  /** Smallest fraction a pane may shrink to. */
  min?: number;
}

const KEY = (id: string) => `podpath.split.${id}`;

function loadSizes(id: string, initial: readonly number[]): number[] {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY(id)) ?? 'null') as unknown;
    if (Array.isArray(saved) && saved.length === initial.length && saved.every((n) => typeof n === 'number' && n > 0)) return saved;
  } catch {
    // ignore: defaults
  }
  return [...initial];
}

export function SplitView({ id, direction, initial, labels, children, min = 0.12 }: Props) {
  const [sizes, setSizes] = useState(() => loadSizes(id, initial));
  const box = useRef<HTMLDivElement>(null);
  const panes = Children.toArray(children);

  const resize = useCallback((gap: number, delta: number) => {
    setSizes((prev) => {
      const next = [...prev];
      const pair = next[gap] + next[gap + 1];
      const a = Math.max(min, Math.min(pair - min, next[gap] + delta));
      next[gap] = a;
      next[gap + 1] = pair - a;
      try {
        localStorage.setItem(KEY(id), JSON.stringify(next));
      } catch {
        // storage full or blocked: sizes just are not remembered
      }
      return next;
    });
  }, [id, min]);

  const onPointerDown = (gap: number) => (e: PointerEvent<HTMLDivElement>) => {
    const el = box.current;
    if (!el) return;
    e.preventDefault();
    const rect = el.getBoundingClientRect();
    const total = direction === 'row' ? rect.width : rect.height;
    let last = direction === 'row' ? e.clientX : e.clientY;
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => {
      const pos = direction === 'row' ? ev.clientX : ev.clientY;
      resize(gap, (pos - last) / total);
      last = pos;
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };

  const onKeyDown = (gap: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    const back = direction === 'row' ? 'ArrowLeft' : 'ArrowUp';
    const fwd = direction === 'row' ? 'ArrowRight' : 'ArrowDown';
    if (e.key === back || e.key === fwd) {
      e.preventDefault();
      e.stopPropagation();
      resize(gap, e.key === fwd ? 0.02 : -0.02);
    }
  };

  const total = sizes.reduce((a, b) => a + b, 0);
  return (
    <div ref={box} className={`split split-${direction}`}>
      {panes.map((pane, i) => (
        <SplitPart key={i} index={i} last={i === panes.length - 1} size={sizes[i] / total} direction={direction}
          label={labels[i] ?? 'Resize'} onPointerDown={onPointerDown(i)} onKeyDown={onKeyDown(i)}>
          {pane}
        </SplitPart>
      ))}
    </div>
  );
}

interface PartProps {
  index: number;
  last: boolean;
  size: number;
  direction: 'row' | 'column';
  label: string;
  children: ReactNode;
  onPointerDown(e: PointerEvent<HTMLDivElement>): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
}

function SplitPart({ last, size, direction, label, children, onPointerDown, onKeyDown }: PartProps) {
  return (
    <>
      <div className="split-pane" style={{ flexBasis: `${(size * 100).toFixed(3)}%` }}>{children}</div>
      {!last && (
        <div
          className="splitter"
          role="separator"
          tabIndex={0}
          aria-label={label}
          aria-orientation={direction === 'row' ? 'vertical' : 'horizontal'}
          aria-valuenow={Math.round(size * 100)}
          aria-valuemin={0}
          aria-valuemax={100}
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
        />
      )}
    </>
  );
}
