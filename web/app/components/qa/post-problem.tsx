import { useT } from '~/i18n/react';
import type { PostProblem } from './post-outcome.server';

const KINDS = [
  'RESIDENCE_CARD_NUMBER',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'BIRTH_DATE',
  'PERSON_NAME',
] as const;

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

/** The likely names of people a refused post held (soft findings the author may confirm). */
export function flaggedNames(problem: PostProblem | undefined): string[] {
  return problem?.identifiers?.filter((f) => f.kind === 'PERSON_NAME').map((f) => f.match) ?? [];
}

/**
 * The confirmation every Q&A post needs before it is sent; after the check took words for names of people, one
 * box per word lets the author confirm it identifies nobody (or remove it from the text instead).
 */
export function ConfirmNoIdentifiers({ id, names = [] }: { id: string; names?: readonly string[] }) {
  const t = useT();
  return (
    <>
      {names.length > 0 && (
        <fieldset className="field">
          <legend>{t('qa.confirmNames')}</legend>
          {names.map((name, i) => (
            <div className="field field--checkbox" key={name}>
              <input id={`${id}-name-${i}`} name="confirmedNames" type="checkbox" value={name} />
              <label htmlFor={`${id}-name-${i}`}>{name}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="field field--checkbox">
        <input id={id} name="confirmNoClientIdentifiers" type="checkbox" value="yes" required />
        <label htmlFor={id}>{t('qa.confirm')}</label>
      </div>
    </>
  );
}
