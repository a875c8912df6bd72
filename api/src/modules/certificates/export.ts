import type { Graph } from '../../db/graph.js';
import { AUDIT_ENTRY_CYPHER, auditParams } from '../audit/record.js';
import { addDays, EXPIRING_SOON_DAYS, japanToday } from '../graduates/certificate.js';

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * ISA's list of graduates by current certificate status and expiry month, as CSV (UTF-8 with BOM, so
 * spreadsheet software in Japan opens it correctly). The export is recorded in the audit log.
 */
export async function certificateListCsv(
  graph: Graph,
  actor: { id: string; role: string },
  filter: { status: string | null; expiresInMonth: string | null },
): Promise<string> {
  const today = japanToday();
  const rows = await graph.write((tx) =>
    tx.rows<{
      number: string;
      name: string;
      prefecture: string | null;
      email: string | null;
      issuedOn: string | null;
      expiresOn: string | null;
      status: string | null;
      expert: boolean;
    }>(
      `CALL () {
         ${AUDIT_ENTRY_CYPHER}
       }
       MATCH (c:Coordinator) WHERE c.certificateExpiresOn IS NOT NULL
       WITH c, toString(c.certificateExpiresOn) AS exp
       WITH c, exp, CASE WHEN exp < $today THEN 'EXPIRED' WHEN exp <= $soon THEN 'EXPIRING_SOON' ELSE 'VALID' END AS status
       WHERE ($status IS NULL OR status = $status) AND ($month IS NULL OR exp STARTS WITH $month)
       OPTIONAL MATCH (c)-[:WORKS_IN]->(p:Prefecture)
       RETURN c.certificateNumber AS number, c.displayName AS name, p.nameJa AS prefecture, c.email AS email,
              toString(c.certificateIssuedOn) AS issuedOn, exp AS expiresOn, status, coalesce(c.expert, false) AS expert
       ORDER BY exp, number LIMIT 20000`,
      {
        today,
        soon: addDays(today, EXPIRING_SOON_DAYS),
        status: filter.status,
        month: filter.expiresInMonth,
        audit: auditParams({
          actorId: actor.id,
          actorRole: actor.role,
          action: 'CERTIFICATE_LIST_EXPORTED',
          targetKind: 'Coordinator',
          targetId: null,
          details: { status: filter.status, expiresInMonth: filter.expiresInMonth },
        }),
      },
    ),
  );
  const header = [
    'certificate_number',
    'name',
    'prefecture',
    'email',
    'valid_from',
    'expires_on',
    'status',
    'expert',
  ];
  const lines = rows.map((r) =>
    [r.number, r.name, r.prefecture, r.email, r.issuedOn, r.expiresOn, r.status, r.expert ? 'yes' : 'no']
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
