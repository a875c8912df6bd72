import { useT } from '~/i18n/react';
import type { SectionId } from '~/utils/navigation';

/** An honest page for a section that does not exist yet: what it will do, and no invented data. */
export function SectionPlaceholder({ section }: { section: SectionId }) {
  const t = useT();
  return (
    <div className="page">
      <h1>
        {t(`section.${section}.title`)}{' '}
        <span className="badge badge--pending">{t('placeholder.status')}</span>
      </h1>
      <p className="lead">{t(`section.${section}.description`)}</p>
      <p>{t('placeholder.body')}</p>
    </div>
  );
}
