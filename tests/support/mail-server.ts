import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailServer {
  /** SMTP_URL for the API under test. */
  url: string;
  /** Every mail received so far, parsed. */
  received: ParsedMail[];
  /** Waits for the next mail to `to` (resolving at once for one already received and not yet taken). */
  next(to: string, timeoutMs?: number): Promise<ParsedMail>;
  /** Mails to `to` received so far and not taken by next(). */
  pending(to: string): ParsedMail[];
  close(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

/** A real SMTP server in this process on a free port (no TLS, no auth), parsing what it receives. */
export async function startMailServer(): Promise<MailServer> {
  const received: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  const waiters: { to: string; resolve: (m: ParsedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          const rcpts = recipients(mail);
          const i = waiters.findIndex((w) => rcpts.includes(w.to));
          if (i >= 0) {
            taken.add(mail);
            waiters.splice(i, 1)[0].resolve(mail);
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const pending = (to: string) =>
    received.filter((m) => !taken.has(m) && recipients(m).includes(to.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    pending,
    next(to, timeoutMs = 10_000) {
      const waiting = pending(to)[0];
      if (waiting) {
        taken.add(waiting);
        return Promise.resolve(waiting);
      }
      return new Promise((resolve, reject) => {
        const waiter = { to: to.toLowerCase(), resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
          }
        }, timeoutMs).unref();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the first portal password link in a mail's text. */
export function linkToken(mail: ParsedMail): string {
  const match = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no password link in: ${mail.text}`);
  return match[1];
}
