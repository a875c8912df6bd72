import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { FieldFlags } from '~/components/workshops/field-flags';
import { confirmedFlagsFrom, formRefusal } from '~/components/workshops/flags.server';
import { KnowledgeEditorDocument, PublishKnowledgeInsightDocument } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { ReferenceSelect } from '~/components/reference-select';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'knowledge.publish');

const PUBLISHERS = ['WORKSHOP_ORGANIZER', 'ISA_ADMIN'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, PUBLISHERS);
  try {
    const editor = await gqlRequest(request, KnowledgeEditorDocument, {});
    return { ...editor, workshop: new URL(request.url).searchParams.get('workshop') ?? '' };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, PUBLISHERS);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? '').trim();
  try {
    await gqlRequest(request, PublishKnowledgeInsightDocument, {
      input: {
        title: text('title'),
        lesson: text('lesson'),
        domains: form.getAll('domains').map(String).filter(Boolean),
        bureau: text('bureau') || null,
        workshopId: text('workshopId') || null,
        confirmedFlags: confirmedFlagsFrom(form),
      },
    });
    return redirect(`/knowledge?q=${encodeURIComponent(text('title'))}`);
  } catch (error) {
    return formRefusal(error, form);
  }
}

export default function PublishInsight() {
  const { supportDomains, prefectures, workshops, workshop } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>() ?? null;
  const t = useT();
  const locale = useLocale();
  const bureaus = [...new Map(prefectures.map((p) => [p.bureau.code, p.bureau])).values()];
  const own = workshops.edges.map((e) => e.node).filter((w) => w.viewerIsOrganizer);
  const typed = (name: string) => refusal?.values[name];
  const str = (name: string, fallback = '') => {
    const v = typed(name);
    return typeof v === 'string' ? v : fallback;
  };
  const list = (name: string) => {
    const v = typed(name);
    return Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
  };
  const flags = refusal?.flags ?? [];
  return (
    <div className="page">
      <h1>{t('knowledge.publish')}</h1>
      <p className="lead">{t('knowledge.publishLead')}</p>
      <Form method="post" className="form" key={JSON.stringify(refusal?.values ?? {})}>
        {refusal && (
          <p className="form-message form-message--error" role="alert">
            {flags.length ? t('materials.flagged') : `${t('workshops.error')} ${refusal.detail}`}
          </p>
        )}
        <div className="field">
          <label htmlFor="title">{t('knowledge.title')}</label>
          <input
            id="title"
            name="title"
            required
            maxLength={200}
            defaultValue={str('title')}
            aria-describedby="title-flags"
          />
          <FieldFlags field="title" flags={flags} id="title-flags" />
        </div>
        <div className="field">
          <label htmlFor="lesson">{t('knowledge.lesson')}</label>
          <textarea
            id="lesson"
            name="lesson"
            required
            rows={8}
            maxLength={5000}
            defaultValue={str('lesson')}
            aria-describedby="lesson-hint lesson-flags"
          />
          <p id="lesson-hint" className="hint">
            {t('knowledge.lessonHint')}
          </p>
          <FieldFlags field="lesson" flags={flags} id="lesson-flags" />
        </div>
        <div className="field">
          <label htmlFor="domains">{t('knowledge.domains')}</label>
          <select id="domains" name="domains" multiple size={8} required defaultValue={list('domains')}>
            {supportDomains.map((d) => (
              <option key={d.code} value={d.code}>
                {localName(locale, d)}
              </option>
            ))}
          </select>
        </div>
        <ReferenceSelect
          id="bureau"
          name="bureau"
          label={t('knowledge.scope')}
          anyLabel={t('knowledge.allRegions')}
          items={bureaus}
          defaultValue={str('bureau')}
        />
        <div className="field">
          <label htmlFor="workshopId">{t('knowledge.sourceWorkshop')}</label>
          <select id="workshopId" name="workshopId" defaultValue={str('workshopId', workshop)}>
            <option value="">{t('workshops.none')}</option>
            {own.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('knowledge.publishSubmit')}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
