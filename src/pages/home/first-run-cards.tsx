/**
 * The home's cards that only a first-run county (no county yet) or a new organiser (no name yet)
 * sees, with their form fields. The weapp build has no lazily loaded chunks, so it imports them as
 * they are; H5 resolves `./first-run-cards` to first-run-cards.h5.tsx (Taro's per-platform files),
 * which loads them when one is shown.
 */
export { BootstrapCard } from '@/features/home/bootstrap-card';
export { OrganiserProfileCard } from '@/features/roles/organiser-profile-card';
