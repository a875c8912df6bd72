import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';

/** A report as stored (domain counts as parallel lists so trends aggregate without parsing). */
export interface ActivityReportRow {
  id: string;
  period: string;
  domainCodes: string[];
  domainCounts: number[];
  consultationsTotal: number;
  referralsMade: number;
  referralsOutsideRegion: number;
  submittedAt: string;
  updatedAt: string;
}

export interface ActivityReportProps {
  period: string;
  domainCodes: string[];
  domainCounts: number[];
  consultationsTotal: number;
  referralsMade: number;
  referralsOutsideRegion: number;
}

export interface TrendRows {
  reports: { period: string; n: number }[];
  byDomain: { period: string; domain: string; total: number }[];
  byBureau: { period: string; bureau: string; consultations: number; referrals: number; outside: number }[];
}

const PROJECTION = `r { .id, .period, .domainCodes, .domainCounts, .consultationsTotal, .referralsMade,
  .referralsOutsideRegion, .submittedAt, .updatedAt }`;

/** All Cypher of activity reports. */
export class ActivityRepository {
  constructor(private readonly graph: Graph) {}

  /** Files or replaces the coordinator's report of the period (MERGE on the unique key); null without a Coordinator. */
  async fileReport(userId: string, props: ActivityReportProps): Promise<ActivityReportRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ report: ActivityReportRow }>(
        `MATCH (u:User {id: $userId})-[:ACTS_AS]->(c:Coordinator)
         WITH c LIMIT 1
         OPTIONAL MATCH (c)-[:WORKS_IN]->(p:Prefecture)
         WITH c, p.code AS prefCode, [(p)-[:UNDER_BUREAU]->(b:Bureau) | b.code][0] AS bureauCode LIMIT 1
         MERGE (r:ActivityReport {key: c.id + ':' + $props.period})
         ON CREATE SET r.id = $id, r.submittedAt = datetime()
         SET r += $props, r.updatedAt = datetime(), r.prefectureCode = prefCode, r.bureauCode = bureauCode
         MERGE (c)-[:FILED]->(r)
         RETURN ${PROJECTION} AS report`,
        { userId, id: randomUUID(), props },
      ),
    );
    return row?.report ?? null;
  }

  /** The viewer's own reports, newest period first; keyset on period. */
  async myReports(userId: string, limit: number, afterPeriod: string | null): Promise<ActivityReportRow[]> {
    const rows = await this.graph.readRows<{ report: ActivityReportRow }>(
      `MATCH (:User {id: $userId})-[:ACTS_AS]->(:Coordinator)-[:FILED]->(r:ActivityReport)
       WHERE $after IS NULL OR r.period < $after
       WITH r ORDER BY r.period DESC LIMIT toInteger($limit)
       RETURN ${PROJECTION} AS report`,
      { userId, limit, after: afterPeriod },
    );
    return rows.map((r) => r.report);
  }

  /** Sums per period: reports, consultations by domain, and per bureau region. */
  async trends(from: string, to: string): Promise<TrendRows> {
    const row = await this.graph.readOne<TrendRows>(
      `CALL () {
           MATCH (r:ActivityReport) WHERE r.period >= $from AND r.period <= $to
           WITH r.period AS period, count(*) AS n RETURN collect({period: period, n: n}) AS reports
         }
         CALL () {
           MATCH (r:ActivityReport) WHERE r.period >= $from AND r.period <= $to
           UNWIND range(0, size(r.domainCodes) - 1) AS i
           WITH r.period AS period, r.domainCodes[i] AS domain, sum(r.domainCounts[i]) AS total
           RETURN collect({period: period, domain: domain, total: total}) AS byDomain
         }
         CALL () {
           MATCH (r:ActivityReport) WHERE r.period >= $from AND r.period <= $to AND r.bureauCode IS NOT NULL
           WITH r.period AS period, r.bureauCode AS bureau, sum(r.consultationsTotal) AS consultations,
                sum(r.referralsMade) AS referrals, sum(r.referralsOutsideRegion) AS outside
           RETURN collect({period: period, bureau: bureau, consultations: consultations, referrals: referrals,
                           outside: outside}) AS byBureau
         }
         RETURN reports, byDomain, byBureau`,
      { from, to },
    );
    return row ?? { reports: [], byDomain: [], byBureau: [] };
  }
}
