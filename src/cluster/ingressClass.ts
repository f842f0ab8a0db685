/**
 * Which installed ingress controller (World `cluster.ingressControllers`) takes an Ingress — needed here only
 * to give each Ingress its ADDRESS. The routing engine (src/ingress) owns the full story of class matching
 * and should agree with this; if it grows a richer rule, this is the function to replace.
 *
 * 1. spec.ingressClassName names an IngressClass; the controller whose `controller` string equals that
 *    class's spec.controller takes it (ingress-nginx watches IngressClasses with its --controller-class).
 *    A class name with no IngressClass object is claimed only by a cloud-l7 controller of that className
 *    (GKE's ingress-gce does not need an IngressClass object).
 * 2. Else the deprecated `kubernetes.io/ingress.class` annotation: the controller whose className equals it
 *    (ingress-nginx --ingress-class, GKE `gce` / `gce-internal`).
 * 3. Else the default IngressClass (ingressclass.kubernetes.io/is-default-class: "true") — the
 *    DefaultIngressClass admission plugin writes it into spec.ingressClassName at creation; with several
 *    defaults it picks the newest (`defaultIngressClass`).
 * 4. Else an in-cluster controller started with --watch-ingress-without-class, or a cloud-l7 controller
 *    (ingress-gce handles Ingresses without a class).
 */
import type { Ingress, IngressClass } from '../api/types';
import type { IngressControllerSpec } from '../api/world';

export const ANNOTATION_INGRESS_CLASS = 'kubernetes.io/ingress.class';

/** The IngressClass an Ingress ends up with: its own field, or the default class admission would write. */
export function effectiveIngressClassName(ing: Ingress, classes: readonly IngressClass[]): string | undefined {
  if (ing.spec.ingressClassName) return ing.spec.ingressClassName;
  if (ing.metadata.annotations[ANNOTATION_INGRESS_CLASS] !== undefined) return undefined;
  return defaultIngressClass(classes)?.metadata.name;
}

/** metadata.creationTimestamp in whole seconds (what etcd keeps); absent: created by this scenario's apply, now. */
function createdAt(c: IngressClass): number {
  const t = c.metadata.creationTimestamp ? Date.parse(c.metadata.creationTimestamp) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : Math.floor(t / 1000);
}

/**
 * The IngressClass the DefaultIngressClass admission plugin writes into a class-less Ingress: among those marked
 * `ingressclass.kubernetes.io/is-default-class: "true"`, the newest by creationTimestamp, and at equal
 * timestamps the name that sorts first (plugin/pkg/admission/network/defaultingressclass/admission.go
 * getDefaultClass, since Kubernetes 1.25 — kubernetes#110974; before, several defaults made it refuse the
 * Ingress). Undefined when no class is the default.
 */
export function defaultIngressClass(classes: readonly IngressClass[]): IngressClass | undefined {
  return classes.filter((c) => c.isDefault).sort((a, b) => {
    const ta = createdAt(a);
    const tb = createdAt(b);
    if (ta !== tb) return ta > tb ? -1 : 1;
    return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
  })[0];
}

export function controllerForIngress(
  ing: Ingress, classes: readonly IngressClass[], controllers: readonly IngressControllerSpec[],
): IngressControllerSpec | undefined {
  const className = effectiveIngressClassName(ing, classes);
  if (className !== undefined) {
    const cls = classes.find((c) => c.metadata.name === className);
    if (cls) {
      return controllers.find((c) => c.controller === cls.spec.controller && c.className === className)
        ?? controllers.find((c) => c.controller === cls.spec.controller);
    }
    return controllers.find((c) => c.style === 'cloud-l7' && c.className === className);
  }
  const annotation = ing.metadata.annotations[ANNOTATION_INGRESS_CLASS];
  if (annotation !== undefined) return controllers.find((c) => c.className === annotation);
  return controllers.find((c) => c.style === 'in-cluster' && c.watchIngressWithoutClass)
    ?? controllers.find((c) => c.style === 'cloud-l7');
}
