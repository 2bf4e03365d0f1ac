import { ledgerFiltersSchema, type LedgerFilters } from '@/domain/ledger/ledger.schema';

const PAGE = '/admin/ledger-export/index';

/** The export page, opened with the ledger's current filters (empty ones left out). */
export function exportPageUrl(filters: LedgerFilters): string {
  const query = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query ? `${PAGE}?${query}` : PAGE;
}

/** Filters back from the page's params; anything the schema refuses is dropped rather than sent. */
export function filtersFromParams(params: Record<string, string | undefined>): LedgerFilters {
  const out: Record<string, string> = {};
  for (const key of Object.keys(ledgerFiltersSchema.shape)) {
    const raw = params[key];
    if (raw === undefined || raw === '') continue;
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // already decoded by the router
    }
    const one = ledgerFiltersSchema.safeParse({ [key]: value });
    if (one.success) out[key] = value;
  }
  return out as LedgerFilters;
}
