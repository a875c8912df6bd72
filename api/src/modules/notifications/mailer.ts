import nodemailer, { type Transporter } from 'nodemailer';
import type { ApiConfig } from '../../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxMail extends OutgoingMail {
  at: string;
}

export type MailLog = (message: string) => void;

type MailerConfig = Pick<ApiConfig, 'SMTP_URL' | 'SMTP_FROM'> & { production?: boolean };

/** How many unsent mails the development outbox keeps (newest first). */
const OUTBOX_SIZE = 50;

/**
 * Sends e-mail when SMTP_URL is set. Without it, outside production, a line with the mail's links is logged and the
 * mail is kept in a small in-memory outbox (shown to ISA_ADMIN in development) so that links in it can be followed; in production
 * only a one-line summary is logged. A failure is logged and never fails the operation that caused it.
 */
export class Mailer {
  private transporter: Transporter | null;
  private readonly unsent: OutboxMail[] = [];

  constructor(
    private readonly config: MailerConfig,
    private readonly log: MailLog = (message) => console.info(`[tsunagu-api] ${message}`),
  ) {
    this.transporter = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  get enabled(): boolean {
    return this.transporter !== null;
  }

  /** The development outbox: available only without SMTP_URL and outside production. */
  get outboxAvailable(): boolean {
    return !this.transporter && !this.config.production;
  }

  outbox(): readonly OutboxMail[] {
    return this.outboxAvailable ? this.unsent : [];
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) {
      if (this.outboxAvailable) {
        this.unsent.unshift({ ...mail, at: new Date().toISOString() });
        this.unsent.length = Math.min(this.unsent.length, OUTBOX_SIZE);
        // One line per mail (an import can mail thousands): the links in it, the full text in the outbox.
        const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
        this.log(
          `mail (SMTP_URL not set, kept in the outbox) to=${mail.to} subject=${JSON.stringify(mail.subject)}` +
            (links.length ? ` links=${links.join(' ')}` : ''),
        );
      } else {
        this.log(`mail (SMTP_URL not set, not sent) to=${mail.to} subject=${JSON.stringify(mail.subject)}`);
      }
      return;
    }
    try {
      await this.transporter.sendMail({ from: this.config.SMTP_FROM, ...mail });
    } catch (error) {
      this.log(`mail to ${mail.to} failed: ${(error as Error).message}`);
    }
  }
}

const shared = new Map<string, Mailer>();

/** One mailer per SMTP configuration and process (the SMTP connection pool is reused across requests). */
export function mailerFor(config: MailerConfig): Mailer {
  const key = `${config.SMTP_URL ?? ''}\n${config.SMTP_FROM}\n${config.production ? 1 : 0}`;
  let mailer = shared.get(key);
  if (!mailer) {
    mailer = new Mailer(config);
    shared.set(key, mailer);
  }
  return mailer;
}
