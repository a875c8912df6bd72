import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { ConflictError, NotFoundError, BadUserInputError } from '../../errors.js';
import { AUDIT_ENTRY_CYPHER, auditParams } from '../audit/record.js';
import { storeNotifications } from '../notifications/store.js';
import {
  ADDRESSALS,
  ADDRESSING_PARTNER,
  ADDRESS_REPORTS,
  CREATE_ADDRESSAL,
  DASHBOARD_ROWS,
  MOVE_TO_ADDRESSED,
  MY_REPORTS,
  NEARBY_PARTNERS,
  OPEN_REFERRALS,
  PREFECTURE_NEEDS,
} from './cypher.js';
import { monthFromIndex, UNMET_OUTCOMES, type GapFilter } from './filter.js';

export interface GapRow {
  p: string;
  d: string;
  m: string;
  n: number;
}
export interface NeedRow {
  d: string;
  l: string;
  n: number;
}
export interface NearbyPartnerRow {
  id: string;
  name: string;
  prefectureCode: string | null;
  offersLanguage: boolean;
}
export interface AddressalRow {
  id: string;
  prefectureCode: string;
  domainCode: string;
  languageCode: string | null;
  at: string;
  signals: number;
  notified: number;
  partner: NearbyPartnerRow;
}
export interface OwnReportRow {
  id: string;
  prefectureCode: string;
  domainCode: string;
  languageCode: string | null;
  note: string | null;
  createdAt: string;
  addressedAt: string | null;
}
export interface MarkAddressed {
  prefecture: string;
  domain: string;
  domainCodes: string[];
  language: string | null;
  partnerId: string;
  actor: { id: string; role: string };
}

function filterParams(filter: GapFilter, prefecture: string | null) {
  const [y, m] = filter.to.split('-').map(Number);
  return {
    open: filter.open,
    from: filter.from,
    to: filter.to,
    fromDate: `${filter.from}-01`,
    toDateExclusive: `${monthFromIndex(y * 12 + m)}-01`,
    sources: filter.sources,
    outcomes: UNMET_OUTCOMES,
    prefecture,
    domainCodes: filter.domainCodes,
    language: filter.language,
  };
}

export class GapRepository {
  constructor(private readonly graph: Graph) {}

  /** Counts by prefecture, domain and month for the whole country (one statement). */
  dashboardRows(filter: GapFilter): Promise<GapRow[]> {
    return this.graph.readRows<GapRow>(DASHBOARD_ROWS, filterParams(filter, null));
  }

  /** Counts by domain and language in one prefecture. */
  prefectureNeeds(filter: GapFilter, prefecture: string): Promise<NeedRow[]> {
    return this.graph.readRows<NeedRow>(PREFECTURE_NEEDS, filterParams(filter, prefecture));
  }

  /** Nearby partners for each need, keyed by the need's key; plus the prefecture's addressed gaps. */
  async nearbyAndAddressed(
    prefecture: string,
    near: string[],
    needs: { key: string; domainCodes: string[]; language: string | null }[],
  ): Promise<{ partners: Map<string, NearbyPartnerRow[]>; addressed: AddressalRow[] }> {
    return this.graph.read(async (tx) => {
      const rows =
        needs.length === 0
          ? []
          : await tx.rows<{ key: string; partners: NearbyPartnerRow[] }>(NEARBY_PARTNERS, {
              needs,
              near,
              prefecture,
            });
      const addressed = await tx.rows<{ row: AddressalRow }>(ADDRESSALS, { prefecture });
      return {
        partners: new Map(rows.map((r) => [r.key, r.partners])),
        addressed: addressed.map((r) => r.row),
      };
    });
  }

  ownReports(userId: string): Promise<OwnReportRow[]> {
    return this.graph
      .readRows<{ row: OwnReportRow }>(MY_REPORTS, { userId })
      .then((rows) => rows.map((r) => r.row));
  }

  /**
   * One transaction: the open signals of the gap become addressed, its reports are marked, the
   * reporters are notified and the action is audited. CONFLICT when nothing of the gap is open.
   */
  async markAddressed(input: MarkAddressed): Promise<AddressalRow> {
    return this.graph.write(async (tx) => {
      const base = {
        prefecture: input.prefecture,
        domainCodes: input.domainCodes,
        language: input.language,
        partnerId: input.partnerId,
      };
      const partner = await tx.one<{ partner: NearbyPartnerRow; serves: boolean }>(ADDRESSING_PARTNER, base);
      if (!partner) throw new NotFoundError('Partner');
      if (!partner.serves)
        throw new BadUserInputError('partnerId', 'The partner does not serve this support domain.');
      const referrals = await tx.one<{ n: number }>(OPEN_REFERRALS, { ...base, outcomes: UNMET_OUTCOMES });
      const moved = await tx.one<{ moved: number }>(MOVE_TO_ADDRESSED, base);
      const id = randomUUID();
      const reports = await tx.one<{ reports: number; userIds: string[] }>(ADDRESS_REPORTS, { ...base, id });
      const signals = Number(moved?.moved ?? 0) + Number(referrals?.n ?? 0);
      if (signals === 0) throw new ConflictError('Nothing of this gap is open.', { field: 'domain' });
      const userIds = reports?.userIds ?? [];
      const notified = await storeNotifications(
        tx,
        userIds.map((userId) => ({
          userId,
          kind: 'GAP_ADDRESSED' as const,
          subjectTitle: partner.partner.name,
          link: `/partners/${encodeURIComponent(input.partnerId)}`,
          dedupeKey: `gap-addressed:${id}:${userId}`,
        })),
      );
      const created = await tx.one<{ row: AddressalRow }>(CREATE_ADDRESSAL, {
        ...base,
        id,
        domain: input.domain,
        signals,
        notified,
        userId: input.actor.id,
      });
      await tx.rows(AUDIT_ENTRY_CYPHER, {
        audit: auditParams({
          actorId: input.actor.id,
          actorRole: input.actor.role,
          action: 'GAP_ADDRESSED',
          targetKind: 'Gap',
          targetId: id,
          details: {
            prefecture: input.prefecture,
            domain: input.domain,
            language: input.language,
            partnerId: input.partnerId,
            signals,
            notified,
          },
        }),
      });
      if (!created) throw new Error('markAddressed: the partner vanished');
      return created.row;
    });
  }

  /** The dashboard rows for a CSV export, read in the transaction that audits the export. */
  exportRows(
    filter: GapFilter,
    actor: { id: string; role: string },
    details: Record<string, string | number | null>,
  ): Promise<GapRow[]> {
    return this.graph.write(async (tx) => {
      const rows = await tx.rows<GapRow>(DASHBOARD_ROWS, filterParams(filter, null));
      await tx.rows(AUDIT_ENTRY_CYPHER, {
        audit: auditParams({
          actorId: actor.id,
          actorRole: actor.role,
          action: 'GAPS_CSV_EXPORTED',
          targetKind: 'GapReport',
          targetId: null,
          details,
        }),
      });
      return rows;
    });
  }
}
