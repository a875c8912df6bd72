import { Form } from '@remix-run/react';
import type { NoticeDetailFragment } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { AUDIENCE_ROLES, NOTICE_CATEGORIES } from './categories';
import { toJstLocalInput } from './format';

interface Place {
  code: string;
  nameJa: string;
  nameEn: string;
  bureau: { code: string; nameJa: string; nameEn: string };
}

interface Props {
  prefectures: Place[];
  notice: NoticeDetailFragment | null;
  error: { field: string | null; detail: string } | null;
}

/** The ISA editor for a notice's content and audience; on edit, also the substantive-change summary. */
export function NoticeForm({ prefectures, notice, error }: Props) {
  const t = useT();
  const locale = useLocale();
  const bureaus = [...new Map(prefectures.map((p) => [p.bureau.code, p.bureau])).values()];
  const chosenBureaus = new Set(notice?.audience.bureaus.map((b) => b.code) ?? []);
  const chosenPrefectures = new Set(notice?.audience.prefectures.map((p) => p.code) ?? []);
  const chosenRoles = new Set<string>(notice?.audience.roles ?? []);
  const attachments = [...(notice?.attachments ?? []), { title: '', url: '' }, { title: '', url: '' }].slice(
    0,
    10,
  );

  return (
    <Form method="post" className="form">
      {error && (
        <p className="form-message form-message--error" role="alert">
          {t('bulletin.error')} {error.field ? `(${error.field}) ` : ''}
          {error.detail}
        </p>
      )}
      <div className="field">
        <label htmlFor="title">{t('bulletin.form.title')}</label>
        <input id="title" name="title" required maxLength={200} defaultValue={notice?.title ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="bodyMarkdown">{t('bulletin.form.body')}</label>
        <textarea
          id="bodyMarkdown"
          name="bodyMarkdown"
          required
          rows={10}
          defaultValue={notice?.bodyMarkdown ?? ''}
        />
      </div>
      <div className="field">
        <label htmlFor="category">{t('bulletin.category')}</label>
        <select id="category" name="category" defaultValue={notice?.category ?? 'ADMINISTRATIVE'}>
          {NOTICE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`bulletin.category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="effectiveDate">{t('bulletin.effectiveDate')}</label>
        <input
          id="effectiveDate"
          name="effectiveDate"
          type="date"
          defaultValue={notice?.effectiveDate ?? ''}
        />
      </div>
      <div className="field field--checkbox">
        <input
          id="requiresAck"
          name="requiresAck"
          type="checkbox"
          defaultChecked={notice?.importance === 'REQUIRES_ACKNOWLEDGEMENT'}
        />
        <label htmlFor="requiresAck">{t('bulletin.form.requiresAck')}</label>
      </div>
      <div className="field">
        <label htmlFor="pinnedUntil">{t('bulletin.form.pinnedUntil')}</label>
        <input
          id="pinnedUntil"
          name="pinnedUntil"
          type="datetime-local"
          defaultValue={toJstLocalInput(notice?.pinnedUntil)}
        />
      </div>

      <fieldset>
        <legend>{t('bulletin.audience')}</legend>
        <div className="field field--checkbox">
          <input
            id="scope-all"
            type="radio"
            name="scope"
            value="all"
            defaultChecked={notice?.audience.allRegions ?? true}
          />
          <label htmlFor="scope-all">{t('bulletin.audience.all')}</label>
        </div>
        <div className="field field--checkbox">
          <input
            id="scope-some"
            type="radio"
            name="scope"
            value="some"
            defaultChecked={notice ? !notice.audience.allRegions : false}
          />
          <label htmlFor="scope-some">{t('bulletin.audience.some')}</label>
        </div>
        <div className="field">
          <label htmlFor="bureaus">{t('bulletin.audience.bureaus')}</label>
          <select
            id="bureaus"
            name="bureaus"
            multiple
            size={Math.min(8, bureaus.length)}
            defaultValue={[...chosenBureaus]}
          >
            {bureaus.map((b) => (
              <option key={b.code} value={b.code}>
                {localName(locale, b)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="prefectures">{t('bulletin.audience.prefectures')}</label>
          <select id="prefectures" name="prefectures" multiple size={8} defaultValue={[...chosenPrefectures]}>
            {prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {localName(locale, p)}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">{t('bulletin.audience.rolesHint')}</p>
        {AUDIENCE_ROLES.map((role) => (
          <div className="field field--checkbox" key={role}>
            <input
              id={`role-${role}`}
              type="checkbox"
              name="roles"
              value={role}
              defaultChecked={chosenRoles.has(role)}
            />
            <label htmlFor={`role-${role}`}>{t(`role.${role}`)}</label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('bulletin.attachments')}</legend>
        {attachments.map((a, i) => (
          <div className="field-row" key={i}>
            <label htmlFor={`attachmentTitle${i}`}>{t('bulletin.form.linkTitle')}</label>
            <input id={`attachmentTitle${i}`} name={`attachmentTitle${i}`} defaultValue={a.title} />
            <label htmlFor={`attachmentUrl${i}`}>URL</label>
            <input id={`attachmentUrl${i}`} name={`attachmentUrl${i}`} type="url" defaultValue={a.url} />
          </div>
        ))}
      </fieldset>

      {notice && (
        <fieldset>
          <legend>{t('bulletin.form.change')}</legend>
          <div className="field field--checkbox">
            <input id="substantive" name="substantive" type="checkbox" />
            <label htmlFor="substantive">{t('bulletin.form.substantive')}</label>
          </div>
          <div className="field">
            <label htmlFor="changeSummary">{t('bulletin.form.changeSummary')}</label>
            <input id="changeSummary" name="changeSummary" required maxLength={500} />
          </div>
        </fieldset>
      )}
      <button type="submit" className="button button--primary">
        {t('bulletin.form.save')}
      </button>
    </Form>
  );
}
