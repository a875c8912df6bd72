import { nameKeyCypher, urlKeyCypher } from './partner-keys.js';

export interface DuplicateRow {
  dupId: string;
  field: 'name' | 'phones' | 'url';
}

/**
 * A CALL clause binding `dupId` and `field` (null when there is no duplicate): another partner
 * with the name key `nk` in prefecture `pk` (both nationwide when `pk` is null), or sharing one
 * of $phoneKeys, or with $urlKey. `nk`/`pk` must be bound before; a null `nk` skips the name test.
 * $excludeId is the partner being edited (or null).
 */
export const DUPLICATE_CHECK = `
  CALL (nk, pk) {
    CALL (nk, pk) {
      MATCH (d:Partner)-[:LOCATED_IN]->(:Prefecture {code: pk})
      WHERE nk IS NOT NULL AND coalesce(d.nameKey, ${nameKeyCypher('d.name')}) = nk
      RETURN d.id AS dupId, 'name' AS field
      UNION
      MATCH (d:Partner)
      WHERE nk IS NOT NULL AND pk IS NULL AND NOT EXISTS { (d)-[:LOCATED_IN]->(:Prefecture) }
        AND coalesce(d.nameKey, ${nameKeyCypher('d.name')}) = nk
      RETURN d.id AS dupId, 'name' AS field
      UNION
      UNWIND $phoneKeys AS key
      MATCH (d:Partner) WHERE key IN d.phoneKeys
      RETURN d.id AS dupId, 'phones' AS field
      UNION
      MATCH (d:Partner {urlKey: $urlKey})
      RETURN d.id AS dupId, 'url' AS field
      UNION
      MATCH (d:Partner {reference: true})
      WHERE $urlKey IS NOT NULL AND d.urlKey IS NULL AND d.url IS NOT NULL AND ${urlKeyCypher('d.url')} = $urlKey
      RETURN d.id AS dupId, 'url' AS field
    }
    WITH dupId, field WHERE dupId <> coalesce($excludeId, '')
    RETURN collect({dupId: dupId, field: field})[0] AS duplicate
  }`;
