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

/** A graduate's invitation code, in Japanese with an English part (graduates have no language setting yet). */
export function invitationMail(
  invitation: { email: string; name: string; code: string; expiresAt: string },
  portalUrl: string,
): OutgoingMail {
  const link = `${portalUrl.replace(/\/$/, '')}/invite?code=${encodeURIComponent(invitation.code)}`;
  const until = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(
    new Date(invitation.expiresAt),
  );
  return {
    to: invitation.email,
    subject: '【つなぐ】修了者ポータルへのご招待 / Invitation to Tsunagu',
    text:
      `${invitation.name} 様\n\n外国人支援コーディネーター養成研修の修了者向けポータル「つなぐ」にご招待します。` +
      `次のリンクを開き、メールアドレスとパスワードを設定してください（${until}まで有効、1回限り）。\n\n${link}\n\n` +
      `招待コード: ${invitation.code}\n\n` +
      `You are invited to Tsunagu, the portal for certified coordinators. Open the link above to create your account ` +
      `(valid until ${invitation.expiresAt.slice(0, 10)}, once).\n`,
  };
}
