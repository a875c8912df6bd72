import type { Graph } from '../../db/graph.js';
import { startPeriodicJob, type PeriodicJob } from '../../jobs/periodic.js';
import { dueReminder, finalYearStart, japanToday } from '../graduates/certificate.js';
import type { OutgoingMail } from '../notifications/mailer.js';
import { storeNotifications, type NewNotification } from '../notifications/store.js';

/**
 * Certificate reminders at 12, 6, 3 and 1 months before expiry (graduates/certificate.ts `dueReminder`):
 * a portal notification and an e-mail, each exactly once per certificate and threshold. The dedupe key
 * `certificate-reminder:<certificateId>:<months>` is unique for notifications (migration 0052) and for
 * mail claims (migration 0054); both are written in one transaction that commits before any mail is sent,
 * so a second run, in this or another API process, stores and sends nothing.
 */
export interface CertificateReminderMail {
  email: string;
  locale: string;
  months: number;
  expiresOn: string;
}

export function reminderMail(due: CertificateReminderMail, portalUrl: string): OutgoingMail {
  const link = `${portalUrl.replace(/\/$/, '')}/certificates`;
  if (due.locale === 'en') {
    return {
      to: due.email,
      subject: `[Tsunagu] Your certificate expires on ${due.expiresOn}`,
      text: `Your coordinator certificate expires on ${due.expiresOn} (in about ${due.months} month${due.months > 1 ? 's' : ''}). Renewal trainings open to you are listed in the portal:\n\n${link}\n`,
    };
  }
  return {
    to: due.email,
    subject: `【つなぐ】認定証の有効期限（${due.expiresOn}）が近づいています`,
    text: `外国人支援コーディネーターの認定証は ${due.expiresOn} に有効期限を迎えます（あと約${due.months}か月）。受講できる更新研修はポータルでご確認ください。\n\n${link}\n`,
  };
}

/** Stores the due reminders and claims their mails at `now`; returns the mails to send. */
export async function storeCertificateReminders(graph: Graph, now: Date): Promise<CertificateReminderMail[]> {
  const today = japanToday(now);
  return graph.write(async (tx) => {
    // Candidates: current certificates in their final year, not expired (SYNC_CURRENT keeps the dates).
    const rows = await tx.rows<{
      certificateId: string;
      expiresOn: string;
      userId: string;
      email: string | null;
      locale: string;
    }>(
      `MATCH (u:User)-[:ACTS_AS]->(c:Coordinator)-[:HOLDS]->(k:Certificate)
       WHERE c.certificateExpiresOn >= date($today) AND c.certificateExpiresOn <= date($today) + duration({years: 1})
         AND k.kind IN ['PROGRAM', 'RENEWAL'] AND k.revokedAt IS NULL AND k.expiresOn = c.certificateExpiresOn
       RETURN k.id AS certificateId, toString(k.expiresOn) AS expiresOn, u.id AS userId,
              coalesce(c.email, u.email) AS email, coalesce(u.locale, 'ja') AS locale`,
      { today },
    );
    const due = rows
      .map((r) => ({ ...r, months: dueReminder(r.expiresOn, today) }))
      .filter(
        (r): r is typeof r & { months: number } => r.months !== null && today >= finalYearStart(r.expiresOn),
      );
    if (due.length === 0) return [];
    const items: NewNotification[] = due.map((r) => ({
      userId: r.userId,
      kind: 'CERTIFICATE_RENEWAL_DUE' as const,
      subjectTitle: r.expiresOn,
      link: '/certificates',
      dedupeKey: `certificate-reminder:${r.certificateId}:${r.months}`,
    }));
    await storeNotifications(tx, items);
    const claim = `${process.pid}:${now.getTime()}:${Math.random()}`;
    const claimed = await tx.rows<{ key: string }>(
      `UNWIND $keys AS key
       MERGE (m:MailClaim {key: key}) ON CREATE SET m.at = datetime(), m.claimedBy = $claim
       WITH m WHERE m.claimedBy = $claim
       RETURN m.key AS key`,
      {
        keys: due.filter((r) => r.email).map((r) => `certificate-reminder:${r.certificateId}:${r.months}`),
        claim,
      },
    );
    const keys = new Set(claimed.map((c) => c.key));
    return due
      .filter((r) => r.email && keys.has(`certificate-reminder:${r.certificateId}:${r.months}`))
      .map((r) => ({ email: r.email!, locale: r.locale, months: r.months, expiresOn: r.expiresOn }));
  });
}

/** Stores and mails the reminders due at `now`; returns how many mails were sent. */
export async function sendCertificateReminders(
  graph: Graph,
  send: (mail: OutgoingMail) => Promise<void>,
  portalUrl: string,
  now: Date = new Date(),
): Promise<number> {
  const mails = await storeCertificateReminders(graph, now);
  for (const mail of mails) await send(reminderMail(mail, portalUrl));
  return mails.length;
}

/** Runs sendCertificateReminders every `intervalMs` (0 = never) until stop(); runs never overlap. */
export function startCertificateReminders(
  graph: Graph,
  send: (mail: OutgoingMail) => Promise<void>,
  portalUrl: string,
  intervalMs: number,
  log: (line: string) => void,
): PeriodicJob {
  return startPeriodicJob(
    'certificate reminders',
    intervalMs,
    () => sendCertificateReminders(graph, send, portalUrl),
    log,
    'mailed',
  );
}
