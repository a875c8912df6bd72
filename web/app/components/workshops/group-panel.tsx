import { Form } from '@remix-run/react';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import type { RunPanelData, WorkshopPageData } from './types';

/** Groups for organizers and facilitators; organizers split automatically and move people by hand. */
export function GroupPanel({ workshop, panel }: { workshop: WorkshopPageData; panel: RunPanelData }) {
  const t = useT();
  const locale = useLocale();
  const groups = panel.groups;
  // Facilitators and organizers, once each, may lead a group.
  const people = [
    ...new Map([...workshop.facilitators, ...workshop.organizers].map((p) => [p.id, p])).values(),
  ];
  const seated = panel.roster.edges.map((e) => e.node).filter((r) => r.status === 'CONFIRMED');
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('workshops.groups')}</h2>
      <p className="hint">{t('workshops.groupsHint')}</p>
      {workshop.viewerIsOrganizer && (
        <Form method="post">
          <input type="hidden" name="intent" value="split" />
          <button type="submit" className="button button--secondary">
            {groups.length ? t('workshops.splitAgain') : t('workshops.split')}
          </button>
        </Form>
      )}
      {groups.length === 0 ? (
        <p className="empty">{t('workshops.noGroups')}</p>
      ) : (
        <div className="card-grid">
          {groups.map((g) => (
            <section key={g.id} className="card" aria-labelledby={`group-${g.number}`}>
              <h3 id={`group-${g.number}`} className="card__title">
                {t('workshops.groupTitle', {
                  number: g.number,
                  size: g.members.length,
                  bureaus: g.bureauCount,
                })}
              </h3>
              <p>
                {t('workshops.groupFacilitator')}: {g.facilitator?.displayName ?? t('workshops.none')}
              </p>
              <ul>
                {g.members.map((m) => (
                  <li key={m.id}>
                    {m.displayName}
                    <span className="muted">
                      {' '}
                      {m.bureau ? localName(locale, m.bureau) : ''} · {localNames(locale, m.domains)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {workshop.viewerIsOrganizer && groups.length > 0 && (
        <Form method="post" className="form" aria-labelledby="move-heading">
          <h3 id="move-heading">{t('workshops.move')}</h3>
          <input type="hidden" name="intent" value="move" />
          <div className="field">
            <label htmlFor="participantId">{t('workshops.participant')}</label>
            <select id="participantId" name="participantId" required>
              {seated.map((r) => (
                <option key={r.participant.id} value={r.participant.id}>
                  {r.participant.displayName}
                  {r.groupNumber ? ` (${t('workshops.groupShort', { number: r.groupNumber })})` : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="groupNumber">{t('workshops.toGroup')}</label>
            <select id="groupNumber" name="groupNumber" required>
              {groups.map((g) => (
                <option key={g.number} value={g.number}>
                  {t('workshops.groupShort', { number: g.number })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('workshops.moveSubmit')}
          </button>
        </Form>
      )}
      {workshop.viewerIsOrganizer && groups.length > 0 && (
        <Form method="post" className="form" aria-labelledby="facilitator-heading">
          <h3 id="facilitator-heading">{t('workshops.setFacilitator')}</h3>
          <input type="hidden" name="intent" value="facilitator" />
          <div className="field">
            <label htmlFor="facilitatorGroup">{t('workshops.group')}</label>
            <select id="facilitatorGroup" name="groupNumber" required>
              {groups.map((g) => (
                <option key={g.number} value={g.number}>
                  {t('workshops.groupShort', { number: g.number })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="facilitatorId">{t('workshops.groupFacilitator')}</label>
            <select id="facilitatorId" name="facilitatorId" required>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('workshops.setFacilitatorSubmit')}
          </button>
        </Form>
      )}
    </section>
  );
}
