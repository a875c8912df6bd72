import type { FieldVisibility } from '~/generated/graphql';
import { useT } from '~/i18n/react';

export const VISIBILITIES: FieldVisibility[] = ['ALL_GRADUATES', 'SAME_BUREAU_REGION', 'ISA_ONLY'];

/** The "who may see this" select beside a profile field; posts as `visibility.<field>`. */
export function VisibilitySelect({
  field,
  label,
  value,
}: {
  field: string;
  label: string;
  value: FieldVisibility;
}) {
  const t = useT();
  return (
    <span className="field--inline">
      <label htmlFor={`visibility-${field}`}>{t('myProfile.visibleTo', { field: label })}</label>
      <select id={`visibility-${field}`} name={`visibility.${field}`} defaultValue={value}>
        {VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {t(`myProfile.visibility.${v}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
