import { useMemo } from 'react';
import { getAppStore, useApp } from '../store/index';
import { useT } from '../i18n/index';

/** A few commands that make sense for the current manifests, one click to run. */
export function Examples() {
  const cluster = useApp((s) => s.simulation?.cluster);
  const t = useT();
  const examples = useMemo(() => {
    const out: string[] = [];
    const domain = cluster?.world.cluster.domain ?? 'cluster.local';
    const svc = cluster?.services.find((s) => s.namespace === 'default' && !s.headless && s.name !== 'kubernetes');
    const headless = cluster?.services.find((s) => s.headless);
    const ing = cluster?.ingresses.find((i) => i.spec.rules.some((r) => r.host));
    const pod = cluster?.pods.find((p) => p.namespace === 'default');
    // In-cluster names resolve from pods (their resolv.conf points at CoreDNS), so run those from one.
    const viaPod = (cmd: string) => (pod ? `kubectl exec -it ${pod.name} -- ${cmd}` : cmd);
    if (headless) out.push(viaPod(`dig ${headless.name}.${headless.namespace}.svc.${domain}`));
    if (svc) out.push(viaPod(`curl -v http://${svc.name}/`));
    const address = ing && cluster?.ingressAddresses?.[`${ing.metadata.namespace}/${ing.metadata.name}`]?.[0]?.ip;
    const host = ing?.spec.rules.find((r) => r.host)?.host;
    if (host) out.push(address ? `curl -v -H 'Host: ${host}' http://${address}/` : `curl -v http://${host}/`);
    if (pod) out.push(`kubectl exec ${pod.name} -- cat /etc/resolv.conf`);
    out.push('kubectl get svc,ep,ingress,pods -o wide');
    return out.slice(0, 5);
  }, [cluster]);
  return (
    <div className="examples" role="group" aria-label={t('console.examples')}>
      {examples.map((ex) => (
        <button key={ex} type="button" className="chip" onClick={() => void getAppStore().getState().runLine(ex)}>
          <code>{ex}</code>
        </button>
      ))}
    </div>
  );
}
