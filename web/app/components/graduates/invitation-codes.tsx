import type { ImportGraduatesMutation } from '~/generated/graphql';
import { useT } from '~/i18n/react';

type Invitation = ImportGraduatesMutation['importGraduates']['invitations'][number];

/** CSV of the codes as a data: link, so the download works without JavaScript or a second request. */
function codesCsvHref(invitations: Invitation[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [
    'certificate_number,name,invitation_code,expires_at',
    ...invitations.map((i) => [i.certificateNumber, i.name, i.code, i.expiresAt].map(quote).join(',')),
  ];
  const bytes = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return `data:text/csv;charset=utf-8;base64,${btoa(binary)}`;
}

export function InvitationCodes({ invitations }: { invitations: Invitation[] }) {
  const t = useT();
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="codes-heading">
      <h2 id="codes-heading">{t('import.codesHeading')}</h2>
      <p className="notice">{t('import.codesOnce')}</p>
      <p>
        <a
          className="button button--primary"
          href={codesCsvHref(invitations)}
          download="invitation-codes.csv"
        >
          {t('import.downloadCodes')}
        </a>
      </p>
      <div className="table-scroll" role="region" aria-labelledby="codes-heading" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('graduates.field.certificateNumber')}</th>
              <th scope="col">{t('directory.name')}</th>
              <th scope="col">{t('import.code')}</th>
              <th scope="col">{t('import.expiresAt')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.slice(0, 500).map((i) => (
              <tr key={i.coordinatorId}>
                <td>{i.certificateNumber}</td>
                <td>{i.name}</td>
                <td>
                  <code>{i.code}</code>
                </td>
                <td>{i.expiresAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
