/** Cypher fragments of the certificate history (docs/certificates.md). */

/**
 * The statement of migration 0101, for coordinators written later (seed, CSV import): those with certificate
 * dates but no history get a first PROGRAM certificate. \`$numbers\`: only these certificate numbers (null: all).
 */
export const BACKFILL_HISTORY = `
MATCH (c:Coordinator)
WHERE ($numbers IS NULL OR c.certificateNumber IN $numbers) AND c.certificateNumber IS NOT NULL AND c.certificateIssuedOn IS NOT NULL
  AND NOT EXISTS { (c)-[:HOLDS]->(:Certificate) }
CREATE (c)-[:HOLDS]->(:Certificate {
  id: randomUUID(), kind: 'PROGRAM', number: c.certificateNumber, sequence: 1,
  issuedOn: date(c.certificateIssuedOn), validFrom: date(c.certificateIssuedOn),
  expiresOn: coalesce(date(c.certificateExpiresOn),
                      date({year: date(c.certificateIssuedOn).year + 3, month: date(c.certificateIssuedOn).month, day: 1})
                      + duration({days: date(c.certificateIssuedOn).day - 2})),
  issuer: 'ISA', issuedAt: datetime(), migrated: true
})`;

/**
 * Keeps the coordinator's certificate dates (read by the directory, workshop eligibility and partner
 * address disclosure) equal to the current certificate: the unrevoked PROGRAM or RENEWAL one that
 * expires last. Needs `c` bound.
 */
export const SYNC_CURRENT = `
CALL (c) {
  OPTIONAL MATCH (c)-[:HOLDS]->(k:Certificate)
  WHERE k.kind IN ['PROGRAM', 'RENEWAL'] AND k.revokedAt IS NULL
  WITH c, k ORDER BY k.expiresOn DESC, k.sequence DESC LIMIT 1
  SET c.certificateIssuedOn = k.validFrom, c.certificateExpiresOn = k.expiresOn, c.updatedAt = datetime()
}`;

/** A certificate row for the API (`k` bound). */
export const CERTIFICATE_ROW = `k {
  .id, .kind, .number, .sequence, .issuer, .revocationReason, .renewalWorkshopId,
  issuedOn: toString(k.issuedOn), validFrom: toString(k.validFrom), expiresOn: toString(k.expiresOn),
  revokedAt: toString(k.revokedAt)
}`;
