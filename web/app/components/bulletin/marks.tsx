import { useT } from '~/i18n/react';

interface Marked {
  pinned: boolean;
  unread: boolean;
  updatedSinceRead: boolean;
  acknowledgementDue: boolean;
  importance: string;
}

/** The small marks of a notice in the list and on its page: pinned, unread, updated, confirmation due. */
export function NoticeMarks({ notice }: { notice: Marked }) {
  const t = useT();
  return (
    <>
      {notice.pinned && <span className="badge badge--place">{t('bulletin.mark.pinned')}</span>}{' '}
      {notice.unread && !notice.updatedSinceRead && (
        <span className="badge badge--pending">{t('bulletin.mark.unread')}</span>
      )}{' '}
      {notice.updatedSinceRead && <span className="badge badge--pending">{t('bulletin.mark.updated')}</span>}{' '}
      {notice.acknowledgementDue && <span className="badge badge--demo">{t('bulletin.mark.ackDue')}</span>}
    </>
  );
}
