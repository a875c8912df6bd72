import { useT } from '~/i18n/react';
import type { MessageKey } from '~/i18n';
import type { FormFlag } from './flags.server';

const KINDS = [
  'RESIDENCE_CARD_NUMBER',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'BIRTH_DATE',
  'PERSONAL_NAME',
  'RARE_COMBINATION',
] as const;

const kindLabel = (kind: string): MessageKey =>
  KINDS.find((k) => k === kind)
    ? (`anonymization.kind.${kind as (typeof KINDS)[number]}` as const)
    : 'anonymization.kind.OTHER';

/**
 * The flags the API found in one field, shown next to it: hard ones must be removed; soft ones
 * (names, rare combinations) can be confirmed as false positives with a checkbox sent with the next submit.
 */
export function FieldFlags({ field, flags, id }: { field: string; flags: readonly FormFlag[]; id: string }) {
  const t = useT();
  const mine = flags.filter((f) => f.field === field);
  if (mine.length === 0) return null;
  return (
    <div id={id} className="form-message form-message--error" role="alert">
      <ul>
        {mine.map((f, i) => (
          <li key={`${f.kind}-${f.match}`}>
            {t(kindLabel(f.kind))}: <mark>{f.match}</mark> —{' '}
            {f.soft ? (
              <span className="field--checkbox">
                <input
                  id={`${id}-${i}`}
                  type="checkbox"
                  name="confirmFlag"
                  value={JSON.stringify({ field: f.field, kind: f.kind, match: f.match })}
                />{' '}
                <label htmlFor={`${id}-${i}`}>{t('anonymization.confirmSoft')}</label>
              </span>
            ) : (
              t('anonymization.removeHard')
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
