import { useSyncExternalStore } from 'react';

/** Subscribe to a CSS media query (re-renders when it flips). */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mq = matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    () => matchMedia(query).matches,
    () => false,
  );
}

export type LayoutMode = 'wide' | 'medium' | 'narrow';

/** wide: three columns; medium (tablet/projector, ~1024): editor | graph over console | player; narrow: stacked. */
export function useLayoutMode(): LayoutMode {
  const wide = useMedia('(min-width: 1200px)');
  const medium = useMedia('(min-width: 760px)');
  return wide ? 'wide' : medium ? 'medium' : 'narrow';
}
