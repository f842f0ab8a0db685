/**
 * Which ingress controller handles an Ingress.
 *
 * - `spec.ingressClassName` names an IngressClass; the controller whose class it is handles it
 *   (https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class).
 * - The deprecated `kubernetes.io/ingress.class` annotation does the same, and controllers read it first
 *   (ingress-nginx internal/ingress/controller/store: the annotation wins over spec.ingressClassName).
 * - With neither: the DefaultIngressClass admission plugin writes the default IngressClass's name into
 *   new Ingresses (the simulation assumes the default class existed when the Ingress was created); with several
 *   defaults, the newest (src/cluster/ingressClass.ts defaultIngressClass).
 *   ingress-nginx handles class-less Ingresses only with `--watch-ingress-without-class`
 *   (https://kubernetes.github.io/ingress-nginx/user-guide/k8s-122-migration/); ingress-gce treats an
 *   Ingress with no class annotation and no ingressClassName as its own (IsGCEIngress, class "").
 * - Nobody claims it → it is never served, its ADDRESS stays empty.
 */
import type { Ingress } from '../api/types';
import { defaultIngressClass } from '../cluster/ingressClass';
import type { ClusterState, SimIngressController } from '../cluster/state';

export const ANNOTATION_INGRESS_CLASS = 'kubernetes.io/ingress.class';

export type ClassVia = 'annotation' | 'ingressClassName' | 'default-class' | 'watch-without-class' | 'gce-classless';

export interface ClassClaim {
  controller: SimIngressController;
  via: ClassVia;
  /** The class name that matched ('' for a class-less claim). */
  className: string;
}

/** The class an Ingress asks for, as written: annotation first, then spec.ingressClassName. */
export function requestedClass(ing: Ingress): { className: string; via: 'annotation' | 'ingressClassName' } | null {
  const ann = ing.metadata.annotations[ANNOTATION_INGRESS_CLASS];
  if (ann !== undefined && ann !== '') return { className: ann, via: 'annotation' };
  if (ing.spec.ingressClassName) return { className: ing.spec.ingressClassName, via: 'ingressClassName' };
  return null;
}

/** ingress-gce answers to the class-less Ingress and to "gce" / "gce-internal". */
export function isGceController(c: SimIngressController): boolean {
  return /ingress-gce/.test(c.spec.controller);
}

/**
 * Does controller `c` serve class `className`, asked for `via` the annotation or spec.ingressClassName (the
 * default class is written there)?
 * - The annotation is compared with the controller's own class name (ingress-nginx --ingress-class, GKE's
 *   `gce` / `gce-internal`); IngressClass objects play no part.
 * - spec.ingressClassName names an IngressClass object, and the controller whose controller string it carries
 *   serves it: ingress-nginx keeps only the IngressClasses whose spec.controller is its --controller-class
 *   (store.go, "ignoring ingressclass as the spec.controller is not the same of this ingress") and ignores an
 *   Ingress whose class it does not hold (GetIngressClass: IngressClass lister ByKey error), whatever the class is
 *   called. Without such an object (ingress-gce needs none; a World without system objects has none) the
 *   controller of that class name takes it.
 */
export function controllerServesClass(state: ClusterState, c: SimIngressController, className: string, via: 'annotation' | 'ingressClassName' = 'ingressClassName'): boolean {
  const gceName = isGceController(c) && (className === 'gce' || className === 'gce-internal');
  if (via === 'annotation') return c.spec.className === className || gceName;
  const obj = state.ingressClasses.find((k) => k.metadata.name === className);
  if (obj) return obj.spec.controller === c.spec.controller;
  return c.spec.className === className || gceName;
}

/**
 * The default IngressClass's name, from IngressClass objects or the World's controllers. With several defaults
 * the admission plugin takes the newest, at equal timestamps the first name (`defaultIngressClass`); the World's
 * controllers have no timestamps, so the first name among them.
 */
export function defaultClassName(state: ClusterState): string | null {
  const obj = defaultIngressClass(state.ingressClasses);
  if (obj) return obj.metadata.name;
  const fromWorld = state.ingressControllers.filter((c) => c.spec.isDefaultClass).map((c) => c.spec.className).sort();
  return fromWorld[0] ?? null;
}

/** Every controller that picks the Ingress up (more than one is a conflict; none means it is never served). */
export function claimingControllers(state: ClusterState, ing: Ingress): ClassClaim[] {
  const asked = requestedClass(ing);
  if (asked) {
    return state.ingressControllers
      .filter((c) => controllerServesClass(state, c, asked.className, asked.via))
      .map((controller) => ({ controller, via: asked.via, className: asked.className }));
  }
  const def = defaultClassName(state);
  if (def) {
    const byDefault = state.ingressControllers.filter((c) => controllerServesClass(state, c, def));
    if (byDefault.length > 0) return byDefault.map((controller) => ({ controller, via: 'default-class' as const, className: def }));
  }
  return state.ingressControllers.flatMap((controller): ClassClaim[] => {
    if (controller.spec.watchIngressWithoutClass) return [{ controller, via: 'watch-without-class', className: '' }];
    if (isGceController(controller)) return [{ controller, via: 'gce-classless', className: '' }];
    return [];
  });
}

/** The Ingresses a controller serves, in state order. */
export function ingressesFor(state: ClusterState, c: SimIngressController): Ingress[] {
  return state.ingresses.filter((ing) => claimingControllers(state, ing).some((cl) => cl.controller === c));
}
