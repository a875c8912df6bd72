import type { Graph } from '../../db/graph.js';
import { startPeriodicJob, type PeriodicJob } from '../../jobs/periodic.js';
import { inAudience } from '../bulletin/cypher.js';
import type { OutgoingMail } from './mailer.js';

// E-mail for new notices (and for notices that ask to be confirmed again after a substantive edit),
// only when SMTP is configured. Notice notifications in the portal are derived at read time, so no
// write marks "published"; this job looks for notices published in the last MAIL_WINDOW_HOURS and
// mails each audience member once. The claim `(:MailClaim {key})` has a uniqueness constraint
// (migration 0054): it is created in a transaction that commits before any mail is sent, so two API
// processes never mail the same person about the same notice (at most once: a crash after the
// commit loses that mail, which the portal notification still covers).

/** Only notices published this recently are mailed (a newly configured SMTP server does not mail the archive). */
export const MAIL_WINDOW_HOURS = 24;

/** At most this many mails per run; the next run continues. */
export const MAIL_BATCH = 500;

interface DueMail {
  email: string;
  locale: string;
  noticeId: string;
  title: string;
  importance: string;
  version: number;
}

/** Claims and returns the mails due at `now`, in one write transaction. */
async function claimDueMails(graph: Graph, now: Date): Promise<DueMail[]> {
  return graph.write((tx) =>
    tx.rows<DueMail>(
      `MATCH (n:Notice)
       WHERE n.publishAt <= datetime($now) AND n.archivedAt IS NULL
         AND coalesce(CASE WHEN n.importance = 'REQUIRES_ACKNOWLEDGEMENT' THEN n.versionAt END, n.publishAt)
             > datetime($now) - duration({hours: $windowHours})
       MATCH (u:User) WHERE u.role <> 'ISA_ADMIN' AND u.email IS NOT NULL
       CALL (u) {
         OPTIONAL MATCH (u)-[:ACTS_AS]->(:Coordinator)-[:WORKS_IN]->(wp:Prefecture)
         OPTIONAL MATCH (u)-[:HOME_PREFECTURE]->(hp:Prefecture)
         WITH coalesce(wp, hp) AS readerPref LIMIT 1
         OPTIONAL MATCH (readerPref)-[:UNDER_BUREAU]->(readerBureau:Bureau)
         RETURN readerPref.code AS prefCode, readerBureau.code AS bureauCode
       }
       WITH n, u, prefCode, bureauCode WHERE ${inAudience('n')}
       WITH n, u, 'notice-mail:' + n.id + ':' + u.id
                  + CASE WHEN n.importance = 'REQUIRES_ACKNOWLEDGEMENT' THEN ':v' + toString(n.version) ELSE '' END AS key
       WHERE NOT EXISTS { (:MailClaim {key: key}) }
         AND NOT (n.importance = 'REQUIRES_ACKNOWLEDGEMENT'
                  AND EXISTS { (u)-[a:ACKNOWLEDGED]->(n) WHERE a.version = n.version })
       WITH n, u, key LIMIT toInteger($batch)
       MERGE (c:MailClaim {key: key}) ON CREATE SET c.at = datetime(), c.claimedBy = $claim
       WITH n, u, c WHERE c.claimedBy = $claim
       RETURN u.email AS email, coalesce(u.locale, 'ja') AS locale, n.id AS noticeId, n.title AS title,
              n.importance AS importance, n.version AS version`,
      {
        now: now.toISOString(),
        windowHours: MAIL_WINDOW_HOURS,
        batch: MAIL_BATCH,
        claim: `${process.pid}:${now.getTime()}:${Math.random()}`,
      },
    ),
  );
}

/** The mail for one notice, in the reader's language, with a link to the portal. */
export function noticeMail(due: DueMail, portalUrl: string): OutgoingMail {
  const link = `${portalUrl.replace(/\/$/, '')}/bulletin/${encodeURIComponent(due.noticeId)}`;
  const confirm = due.importance === 'REQUIRES_ACKNOWLEDGEMENT';
  if (due.locale === 'en') {
    return {
      to: due.email,
      subject: `[Tsunagu] ${confirm ? 'Please confirm' : 'New notice'}: ${due.title}`,
      text: `${confirm ? 'ISA asks you to confirm this notice' : 'A new notice for you'}:\n${due.title}\n\n${link}\n`,
    };
  }
  return {
    to: due.email,
    subject: `【つなぐ】${confirm ? '確認のお願い' : '新しいお知らせ'}: ${due.title}`,
    text: `${confirm ? '入管庁から確認をお願いするお知らせです' : '新しいお知らせがあります'}:\n${due.title}\n\n${link}\n`,
  };
}

/** Claims the due mails and sends them after the claim has committed; returns how many were sent. */
export async function mailDueNotices(
  graph: Graph,
  send: (mail: OutgoingMail) => Promise<void>,
  portalUrl: string,
  now: Date = new Date(),
): Promise<number> {
  const due = await claimDueMails(graph, now);
  for (const mail of due) await send(noticeMail(mail, portalUrl));
  return due.length;
}

/** Runs mailDueNotices every `intervalMs` until stop(); runs never overlap. */
export function startNoticeMail(
  graph: Graph,
  send: (mail: OutgoingMail) => Promise<void>,
  portalUrl: string,
  intervalMs: number,
  log: (line: string) => void,
): PeriodicJob {
  return startPeriodicJob(
    'notice mail',
    intervalMs,
    () => mailDueNotices(graph, send, portalUrl),
    log,
    'sent',
  );
}
