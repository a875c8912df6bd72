import type { OutgoingMail } from '../notifications/mailer.js';
import type { MailRecipient } from './repository.js';

/** The e-mail with a password link, in the account's language (the portal's other words stay in the portal). */
export function passwordLinkMail(
  kind: 'RESET' | 'SETUP',
  to: MailRecipient,
  link: string,
  validFor: { minutes: number },
): OutgoingMail {
  const hours = validFor.minutes / 60;
  const ja = to.locale !== 'en';
  if (kind === 'RESET') {
    return {
      to: to.email,
      subject: ja ? '【つなぐ】パスワードの再設定' : '[Tsunagu] Reset your password',
      text: ja
        ? `${to.displayName} 様\n\nパスワードの再設定を受け付けました。${validFor.minutes}分以内に次のリンクを開いて、新しいパスワードを設定してください（1回だけ使えます）。\n\n${link}\n\nお心当たりがない場合は、このメールを破棄してください。パスワードは変わりません。\n`
        : `Dear ${to.displayName},\n\nSomeone asked to reset your Tsunagu password. Open this link within ${validFor.minutes} minutes to choose a new one (it works once):\n\n${link}\n\nIf this was not you, ignore this e-mail; your password stays as it is.\n`,
    };
  }
  return {
    to: to.email,
    subject: ja ? '【つなぐ】アカウントが作成されました' : '[Tsunagu] Your account has been created',
    text: ja
      ? `${to.displayName} 様\n\n出入国在留管理庁の担当者が、つなぐのアカウントを作成しました。${hours}時間以内に次のリンクを開いて、パスワードを設定してください（1回だけ使えます）。\n\n${link}\n\nサインインのメールアドレス: ${to.email}\n`
      : `Dear ${to.displayName},\n\nImmigration Services Agency staff created a Tsunagu account for you. Open this link within ${hours} hours to set your password (it works once):\n\n${link}\n\nSign-in e-mail: ${to.email}\n`,
  };
}
