import { useT } from '~/i18n/react';
import type { PostProblem } from './post-outcome.server';

const KINDS = ['RESIDENCE_CARD_NUMBER', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'BIRTH_DATE'] as const;

/** The refusal of a post; identifiers the API found are listed for the author to remove. */
export function PostProblemMessage({ problem }: { problem: PostProblem }) {
  const t = useT();
  if (problem.identifiers.length === 0) {
    return (
      <p className="form-message form-message--error" role="alert">
        {t('qa.error')} {problem.detail}
      </p>
    );
  }
  return (
    <div className="form-message form-message--error" role="alert">
      <p>{t('qa.identifiersFound')}</p>
      <ul>
        {problem.identifiers.map((f) => (
          <li key={`${f.kind}-${f.match}`}>
            {KINDS.find((k) => k === f.kind)
              ? t(`qa.identifier.${f.kind as (typeof KINDS)[number]}`)
              : f.kind}
            : <mark>{f.match}</mark>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The confirmation every Q&A post needs before it is sent. */
export function ConfirmNoIdentifiers({ id }: { id: string }) {
  const t = useT();
  return (
    <div className="field field--checkbox">
      <input id={id} name="confirmNoClientIdentifiers" type="checkbox" value="yes" required />
      <label htmlFor={id}>{t('qa.confirm')}</label>
    </div>
  );
}
