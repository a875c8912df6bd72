import { randomBytes } from 'node:crypto';
import type { Graph } from '../../api/src/db/graph.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../api/src/modules/directory/partner-mirrors.js';

/**
 * Synthetic search fixtures with unique ids and marker words per run, removed afterwards. Marker
 * words are random Latin tokens (both full-text analyzers index them), so queries only reach this
 * run's partners while the demo data stays in the same database.
 */
export interface SearchFixture {
  run: string;
  token: (group: string) => string;
  me: string;
  peer1: string;
  peer2: string;
  peer3: string;
  stranger: string;
  partners: Record<PartnerKey, string>;
  remove(): Promise<void>;
}

type PartnerKey =
  | 'local'
  | 'distant'
  | 'withVi'
  | 'withoutVi'
  | 'endorsedByPeer'
  | 'notEndorsed'
  | 'labour'
  | 'medical'
  | 'introduced'
  | 'tooFar';

interface PartnerSpec {
  key: PartnerKey;
  name: string;
  alternateName: string;
  prefecture: string;
  domains: string[];
  languages: string[];
  /** Coordinates, for distances in km (the prefectural capital's). */
  position?: { latitude: number; longitude: number };
}

export async function createSearchFixture(graph: Graph): Promise<SearchFixture> {
  const run = `srch${randomBytes(4).toString('hex')}`;
  const token = (group: string) => `${run}${group}`;
  const id = (suffix: string) => `${run}-${suffix}`;
  const specs: PartnerSpec[] = [
    // Same text, same everything: only the place differs (Gunma vs Okinawa).
    {
      key: 'local',
      name: `【架空】${token('dist')} 相談室`,
      alternateName: `[synthetic] ${token('dist')} desk`,
      prefecture: '10',
      domains: ['WRK-CND'],
      languages: ['ja'],
      position: { latitude: 36.39, longitude: 139.06 },
    },
    {
      key: 'distant',
      name: `【架空】${token('dist')} 相談室`,
      alternateName: `[synthetic] ${token('dist')} desk`,
      prefecture: '47',
      domains: ['WRK-CND'],
      languages: ['ja'],
      position: { latitude: 26.21, longitude: 127.68 },
    },
    {
      key: 'withVi',
      name: `【架空】${token('lang')} 窓口`,
      alternateName: `[synthetic] ${token('lang')} counter`,
      prefecture: '10',
      domains: ['LIF'],
      languages: ['ja', 'vi'],
    },
    {
      key: 'withoutVi',
      name: `【架空】${token('lang')} 窓口`,
      alternateName: `[synthetic] ${token('lang')} counter`,
      prefecture: '10',
      domains: ['LIF'],
      languages: ['ja', 'pt'],
    },
    {
      key: 'endorsedByPeer',
      name: `【架空】${token('peer')} 支援会`,
      alternateName: `[synthetic] ${token('peer')} group`,
      prefecture: '10',
      domains: ['LIF'],
      languages: ['ja'],
    },
    {
      key: 'notEndorsed',
      name: `【架空】${token('peer')} 支援会`,
      alternateName: `[synthetic] ${token('peer')} group`,
      prefecture: '10',
      domains: ['LIF'],
      languages: ['ja'],
    },
    {
      key: 'labour',
      name: `【架空】${token('text')} 労働相談センター`,
      alternateName: `[synthetic] ${token('text')} Labour Consultation Center`,
      prefecture: '10',
      domains: ['WRK-CND'],
      languages: ['ja'],
    },
    {
      key: 'medical',
      name: `【架空】${token('text')} 医療通訳の会`,
      alternateName: `[synthetic] ${token('text')} Medical Interpreters Group`,
      prefecture: '10',
      domains: ['HLT-MED'],
      languages: ['ja'],
    },
    {
      key: 'introduced',
      name: `【架空】${token('intro')} 法律事務所`,
      alternateName: `[synthetic] ${token('intro')} Law Office`,
      prefecture: '40',
      domains: ['RES-STS'],
      languages: ['ja'],
    },
    {
      key: 'tooFar',
      name: `【架空】${token('intro')} 行政書士事務所`,
      alternateName: `[synthetic] ${token('intro')} Gyoseishoshi Office`,
      prefecture: '01',
      domains: ['RES-STS'],
      languages: ['ja'],
    },
  ];
  const partners = Object.fromEntries(specs.map((s) => [s.key, id(s.key)])) as Record<PartnerKey, string>;
  const c = {
    me: id('me'),
    peer1: id('peer1'),
    peer2: id('peer2'),
    peer3: id('peer3'),
    peer4: id('peer4'),
    stranger: id('stranger'),
  };

  await graph.write(async (tx) => {
    await tx.rows(
      `UNWIND $coordinators AS row
       MATCH (pref:Prefecture {code: row.prefecture})
       CREATE (c:Coordinator {id: row.id, displayName: row.name, cohort: 2025, synthetic: true, testRun: $run})
       CREATE (c)-[:WORKS_IN]->(pref)`,
      {
        run,
        coordinators: [
          { id: c.me, name: '【架空】検索 本人', prefecture: '10' },
          { id: c.peer1, name: '【架空】検索 同期一', prefecture: '11' },
          { id: c.peer2, name: '【架空】検索 同期二', prefecture: '40' },
          { id: c.peer3, name: '【架空】検索 同期三', prefecture: '01' },
          { id: c.peer4, name: '【架空】検索 同期四', prefecture: '01' },
          { id: c.stranger, name: '【架空】検索 他人', prefecture: '27' },
        ],
      },
    );
    // me - peer1 - peer2 - peer3 - peer4: peer2 is 2 hops away, peer4 is 4 hops away.
    await tx.rows(
      `UNWIND $links AS l
       MATCH (a:Coordinator {id: l[0]}), (b:Coordinator {id: l[1]})
       CREATE (a)-[:PEER_OF {via: 'COHORT', synthetic: true}]->(b)`,
      {
        links: [
          [c.me, c.peer1],
          [c.peer1, c.peer2],
          [c.peer2, c.peer3],
          [c.peer3, c.peer4],
        ],
      },
    );
    await tx.rows(
      `UNWIND $specs AS s
       MATCH (pref:Prefecture {code: s.prefecture})
       CREATE (p:Partner {id: s.id, name: s.name, alternateName: s.alternateName, kind: 'SUP',
                          description: '【架空】検索テスト用の連携先です。Synthetic search test partner.',
                          nationwide: false, remote: false, synthetic: true, verifiedByIsa: false,
                          latitude: s.position.latitude, longitude: s.position.longitude,
                          createdAt: datetime(), updatedAt: datetime(), testRun: $run})
       CREATE (p)-[:LOCATED_IN]->(pref) SET p.prefectureCode = pref.code
       WITH p, s
       CALL (p, s) { UNWIND s.domains AS code MATCH (d:SupportDomain {code: code}) CREATE (p)-[:SERVES]->(d) }
       CALL (p, s) { UNWIND s.languages AS code MATCH (l:Language {code: code}) CREATE (p)-[:OFFERS_LANGUAGE]->(l) }
       ${SET_PARTNER_LINK_MIRRORS}`,
      { run, specs: specs.map((s) => ({ ...s, id: partners[s.key], position: s.position ?? {} })) },
    );
    await tx.rows(
      `MATCH (peer:Coordinator {id: $peer1}), (p:Partner {id: $endorsed})
       CREATE (peer)-[:ENDORSED {note: '【架空】test', date: date(), synthetic: true}]->(p)
       WITH 1 AS one
       MATCH (g:Coordinator {id: $peer2}), (intro:Partner {id: $introduced})
       CREATE (g)-[:REFERRED {id: randomUUID(), date: date(), domain: 'RES-STS', language: 'ja', outcome: 'RESOLVED', synthetic: true}]->(intro)
       WITH 1 AS one
       MATCH (far:Coordinator {id: $peer4}), (tooFar:Partner {id: $tooFar})
       CREATE (far)-[:REFERRED {id: randomUUID(), date: date(), domain: 'RES-STS', language: 'ja', outcome: 'RESOLVED', synthetic: true}]->(tooFar)`,
      {
        peer1: c.peer1,
        peer2: c.peer2,
        peer4: c.peer4,
        endorsed: partners.endorsedByPeer,
        introduced: partners.introduced,
        tooFar: partners.tooFar,
      },
    );
  });

  return {
    run,
    token,
    ...c,
    partners,
    async remove() {
      await graph.writeRows('MATCH (n {testRun: $run}) DETACH DELETE n', { run });
    },
  };
}
