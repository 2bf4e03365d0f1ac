import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * H5: the first-run cards (first-run-cards.tsx) in a chunk of their own, fetched when one is shown,
 * so a member's first screen does not load and run their forms (docs/decisions/size.md). Each comes
 * wrapped in its own Suspense, so the page is the same on both builds.
 */
const LazyBootstrapCard = lazy(() => import('@/features/home/bootstrap-card').then((m) => ({ default: m.BootstrapCard })));
const LazyOrganiserProfileCard = lazy(() => import('@/features/roles/organiser-profile-card').then((m) => ({ default: m.OrganiserProfileCard })));

export const BootstrapCard = (props: ComponentProps<typeof LazyBootstrapCard>) => (
  <Suspense fallback={null}>
    <LazyBootstrapCard {...props} />
  </Suspense>
);

export const OrganiserProfileCard = (props: ComponentProps<typeof LazyOrganiserProfileCard>) => (
  <Suspense fallback={null}>
    <LazyOrganiserProfileCard {...props} />
  </Suspense>
);
