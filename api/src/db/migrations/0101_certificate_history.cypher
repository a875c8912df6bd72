// Existing certificate dates on coordinators become the first (PROGRAM) certificate of their history.
MATCH (c:Coordinator)
WHERE c.certificateNumber IS NOT NULL AND c.certificateIssuedOn IS NOT NULL
  AND NOT EXISTS { (c)-[:HOLDS]->(:Certificate) }
CREATE (c)-[:HOLDS]->(:Certificate {
  id: randomUUID(), kind: 'PROGRAM', number: c.certificateNumber, sequence: 1,
  issuedOn: date(c.certificateIssuedOn), validFrom: date(c.certificateIssuedOn),
  expiresOn: coalesce(date(c.certificateExpiresOn),
                      date({year: date(c.certificateIssuedOn).year + 3, month: date(c.certificateIssuedOn).month, day: 1})
                      + duration({days: date(c.certificateIssuedOn).day - 2})),
  issuer: 'ISA', issuedAt: datetime(), migrated: true
});
