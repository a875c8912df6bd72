import {
  PARTNER_SEARCH_FIELDS_VERSION,
  SET_PARTNER_LINK_MIRRORS,
} from '../modules/directory/partner-mirrors.js';
import type { Graph } from './graph.js';

/**
 * Recomputes the partner fields derived from links (directory/partner-mirrors.ts) for partners
 * written before the current version of those fields, in batches. The writers keep them current;
 * this brings older stores up to date with the one fragment the writers use.
 */
export async function refreshDerivedPartnerFields(graph: Graph): Promise<void> {
  await graph.runAutoCommit(
    `MATCH (p:Partner) WHERE p.searchFieldsVersion IS NULL OR p.searchFieldsVersion < $version
     CALL (p) { ${SET_PARTNER_LINK_MIRRORS} } IN TRANSACTIONS OF 2000 ROWS`,
    { version: PARTNER_SEARCH_FIELDS_VERSION },
  );
}
