import { describe, expect, it } from 'vitest';
import { compareNsName, nsName } from './state';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('compareNsName', () => {
  const parts = ['', 'a', 'a-b', 'a/b', 'ab', 'b', 'default', 'default-x', 'kube-system', 'web', 'web-0', 'web-10', 'web-2', 'Zed', 'é', '😀'];
  it('orders exactly as the nsName strings do (any strings, even with "/" or one a prefix of the other)', () => {
    for (const aNs of parts) for (const aName of parts) for (const bNs of parts) for (const bName of parts) {
      expect([aNs, aName, bNs, bName, compareNsName(aNs, aName, bNs, bName)]).toEqual([aNs, aName, bNs, bName, cmp(nsName(aNs, aName), nsName(bNs, bName))]);
    }
  });
});
