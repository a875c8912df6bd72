import { Form, Link } from '@remix-run/react';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { RegistrationBadge } from './labels';
import type { RunPanelData, WorkshopPageData } from './types';

/** The roster with attendance checkboxes (organizers record attendance once the workshop has started). */
export function RosterPanel({ workshop, panel }: { workshop: WorkshopPageData; panel: RunPanelData }) {
  const t = useT();
  const locale = useLocale();
  const rows = panel.roster.edges.map((e) => e.node);
  const started = Date.parse(workshop.startsAt) <= Date.now();
  const canRecord = workshop.viewerIsOrganizer && started;
  const id = encodeURIComponent(workshop.id);
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('workshops.roster')}</h2>
      {workshop.viewerIsOrganizer && (
        <p>
          <a href={`/workshops/${id}/roster.csv`} download>
            {t('workshops.rosterCsv')}
          </a>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('workshops.noRegistrations')}</p>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="attendance" />
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('workshops.rosterCaption', { count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshops.participant')}</th>
                  <th scope="col">{t('workshops.field.prefecture')}</th>
                  <th scope="col">{t('workshops.statusHeading')}</th>
                  <th scope="col">{t('workshops.group')}</th>
                  <th scope="col">{t('workshops.consentHeading')}</th>
                  <th scope="col">{t('workshops.attended')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.participant.id}>
                    <th scope="row">{r.participant.displayName}</th>
                    <td>{r.participant.prefecture ? localName(locale, r.participant.prefecture) : ''}</td>
                    <td>
                      <RegistrationBadge registration={r} />
                    </td>
                    <td>{r.groupNumber ?? ''}</td>
                    <td>{r.peerConsent ? t('workshops.yes') : t('workshops.no')}</td>
                    <td>
                      {r.status === 'CONFIRMED' && canRecord ? (
                        <input
                          type="checkbox"
                          name="attended"
                          value={r.participant.id}
                          defaultChecked={r.attended}
                          aria-label={t('workshops.attendedLabel', { name: r.participant.displayName })}
                        />
                      ) : r.attended ? (
                        t('workshops.yes')
                      ) : (
                        ''
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {panel.roster.pageInfo.hasNextPage && <p className="hint">{t('workshops.rosterTruncated')}</p>}
          {canRecord ? (
            <button type="submit" className="button button--primary">
              {t('workshops.recordAttendance')}
            </button>
          ) : (
            workshop.viewerIsOrganizer && <p className="hint">{t('workshops.attendanceAfterStart')}</p>
          )}
        </Form>
      )}
      {workshop.viewerIsOrganizer && (
        <p>
          <Link to={`/workshops/${id}/access-log`}>{t('workshops.accessLog')}</Link> ·{' '}
          <Link to={`/surveys/new?workshop=${id}`}>{t('workshops.feedbackSurvey')}</Link> ·{' '}
          <Link to={`/knowledge/new?workshop=${id}`}>{t('knowledge.publish')}</Link>
        </p>
      )}
    </section>
  );
}
