import type { ImportGraduatesMutation } from '~/generated/graphql';
import { useT } from '~/i18n/react';

type Result = ImportGraduatesMutation['importGraduates'];

/** Summary, unknown columns, per-row errors and the planned action per row. */
export function ImportPreview({ result }: { result: Result }) {
  const t = useT();
  const { summary } = result;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t(result.committed ? 'import.doneHeading' : 'import.previewHeading')}</h2>
      <p>
        {t('import.encoding')}: <strong>{result.encoding}</strong>
      </p>
      <dl className="facts" data-testid="import-summary">
        {(['rows', 'created', 'updated', 'unchanged', 'errors'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`import.summary.${key}`)}</dt>
            <dd>{summary[key]}</dd>
          </div>
        ))}
      </dl>
      {result.unknownColumns.length > 0 && (
        <p className="notice">
          {t('import.unknownColumns')}: {result.unknownColumns.join(', ')}
        </p>
      )}
      {result.errors.length > 0 && (
        <>
          <h3>{t('import.errorsHeading')}</h3>
          <ul className="form-message form-message--error">
            {result.errors.map((e, i) => (
              <li key={i}>
                {t('import.line', { line: e.line })} {e.column ? `[${e.column}]` : ''} {e.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="table-scroll" role="region" aria-labelledby="preview-heading" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('import.lineHeader')}</th>
              <th scope="col">{t('import.action')}</th>
              <th scope="col">{t('graduates.field.certificateNumber')}</th>
              <th scope="col">{t('directory.name')}</th>
              <th scope="col">{t('import.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {result.preview.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{t(`import.actions.${row.action}`)}</td>
                <td>{row.certificateNumber ?? '—'}</td>
                <td>{row.name ?? '—'}</td>
                <td>{row.changedFields.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
