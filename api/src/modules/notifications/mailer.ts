import nodemailer, { type Transporter } from 'nodemailer';
import type { ApiConfig } from '../../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export type MailLog = (message: string) => void;

/**
 * Sends notification e-mail when SMTP_URL is set; otherwise writes a one-line summary to the log.
 * E-mail is never required: a failure is logged and never fails the operation that caused it.
 */
export class Mailer {
  private transporter: Transporter | null;

  constructor(
    private readonly config: Pick<ApiConfig, 'SMTP_URL' | 'SMTP_FROM'>,
    private readonly log: MailLog = (message) => console.info(`[tsunagu-api] ${message}`),
  ) {
    this.transporter = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  get enabled(): boolean {
    return this.transporter !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) {
      this.log(`mail (SMTP_URL not set, not sent) to=${mail.to} subject=${JSON.stringify(mail.subject)}`);
      return;
    }
    try {
      await this.transporter.sendMail({ from: this.config.SMTP_FROM, ...mail });
    } catch (error) {
      this.log(`mail to ${mail.to} failed: ${(error as Error).message}`);
    }
  }
}

let shared: Mailer | null = null;

/** One mailer per process (the SMTP connection pool is reused across requests). */
export function mailerFor(config: Pick<ApiConfig, 'SMTP_URL' | 'SMTP_FROM'>): Mailer {
  shared ??= new Mailer(config);
  return shared;
}
