/**
 * checkHostPortConflicts (pkg/apis/core/validation/validation.go): a port whose protocol, hostIP and hostPort an
 * earlier one already claims is a duplicate, reported with the key `"TCP//8080"` (`%s/%s/%d`); a hostPort of 0
 * claims nothing. Shared by the API server's check of a pod or template (decode/pod.ts) and of the pods a
 * controller makes from a template (controllers/workloads/create.ts).
 */
export interface HostPortClaim {
  protocol: string;
  /** '' when not written. */
  hostIP: string;
  /** 0: none. */
  hostPort: number;
}

/** The claims that repeat an earlier one, in order: their index in `claims` and the key upstream prints. */
export function hostPortDuplicates(claims: readonly HostPortClaim[]): { index: number; key: string }[] {
  const out: { index: number; key: string }[] = [];
  let taken: Set<string> | undefined;
  claims.forEach((c, index) => {
    if (c.hostPort === 0) return;
    const key = `${c.protocol}/${c.hostIP}/${c.hostPort}`;
    taken ??= new Set();
    if (taken.has(key)) out.push({ index, key });
    else taken.add(key);
  });
  return out;
}
