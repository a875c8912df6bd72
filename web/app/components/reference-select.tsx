import { localName } from '~/i18n';
import { useLocale } from '~/i18n/react';

/** A reference item (prefecture, bureau, domain, language…) as the portal's queries return it. */
interface NamedReference {
  code: string;
  nameJa: string;
  nameEn: string;
}

/** A labelled filter or form <select> of reference items by their name in the reader's language, "any" first. */
export function ReferenceSelect({
  id,
  name,
  label,
  anyLabel,
  items,
  defaultValue,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  items: readonly NamedReference[];
  defaultValue: string;
}) {
  const locale = useLocale();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        <option value="">{anyLabel}</option>
        {items.map((item) => (
          <option key={item.code} value={item.code}>
            {localName(locale, item)}
          </option>
        ))}
      </select>
    </div>
  );
}
