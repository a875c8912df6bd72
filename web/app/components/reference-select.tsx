import { localName, type Locale } from '~/i18n';
import { useLocale } from '~/i18n/react';
import { groupByParent, type NamedReference } from '~/utils/reference-groups';

/** The <option>s of a reference list; a domain with sub-domains becomes an <optgroup> that offers the whole domain too. */
export function ReferenceOptions({ items }: { items: readonly NamedReference[] }) {
  const locale = useLocale();
  return (
    <>
      {groupByParent(items).map(({ parent, children }) =>
        children.length === 0 ? (
          <option key={parent.code} value={parent.code}>
            {localName(locale, parent)}
          </option>
        ) : (
          <optgroup key={parent.code} label={localName(locale, parent)}>
            <option value={parent.code}>{wholeDomainLabel(locale, parent)}</option>
            {children.map((child) => (
              <option key={child.code} value={child.code}>
                {localName(locale, child)}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </>
  );
}

function wholeDomainLabel(locale: Locale, item: NamedReference): string {
  return locale === 'ja' ? `${item.nameJa}（全般）` : `${item.nameEn} (all)`;
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
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        <option value="">{anyLabel}</option>
        <ReferenceOptions items={items} />
      </select>
    </div>
  );
}
