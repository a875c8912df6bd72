import type { SurveyResultsPageQuery } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { BarChart } from './charts';

type Results = SurveyResultsPageQuery['surveyResults'];

/** One question's chart: bars for choices, ratings and dates; a histogram for numbers; nothing for text. */
export function QuestionChart({ result }: { result: Results['questions'][number] }) {
  const t = useT();
  const { question, answered, counts, histogram, mean } = result;
  const round = (n: number) => Math.round(n * 10) / 10;
  const rows =
    question.type === 'NUMBER'
      ? histogram.map((b) => ({ label: `${round(b.from)}–${round(b.to)}`, value: b.count }))
      : counts.map((c) => ({ label: c.label, value: c.count }));
  return (
    <section className="survey-result" aria-label={question.label}>
      <h3>{question.label}</h3>
      <p className="hint">
        {t('surveys.results.answered', { n: answered })}
        {mean !== null && ` · ${t('surveys.results.mean', { mean: round(mean) })}`}
      </p>
      {rows.length > 0 ? (
        <BarChart title={question.label} rows={rows} valueLabel={t('surveys.results.count')} />
      ) : (
        question.type !== 'SHORT_TEXT' &&
        question.type !== 'LONG_TEXT' && <p className="empty">{t('surveys.results.noAnswers')}</p>
      )}
    </section>
  );
}

/** Response rates of groups; suppressed groups (anonymous, fewer than the minimum) show no figures. */
export function GroupRatesTable({
  caption,
  rows,
  minimum,
}: {
  caption: string;
  rows: Results['byBureau'];
  minimum: number;
}) {
  const t = useT();
  if (!rows.length) return null;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{t('surveys.results.audience')}</th>
            <th scope="col">{t('surveys.responses')}</th>
            <th scope="col">{t('surveys.results.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.code}>
              <th scope="row">{g.name}</th>
              {g.suppressed ? (
                <td colSpan={3}>{t('surveys.results.suppressedShort', { n: minimum })}</td>
              ) : (
                <>
                  <td>{g.audience}</td>
                  <td>{g.responses}</td>
                  <td>
                    {g.audience ? `${Math.round(((g.responses ?? 0) / g.audience) * 1000) / 10}%` : '–'}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
