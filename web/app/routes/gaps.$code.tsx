import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { countText } from '~/components/gaps/count-text';
import { gapFilterFrom } from '~/components/gaps/filter.server';
import { GapPrefecturePageDocument, MarkGapAddressedDocument } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import gapsStyles from '~/styles/gaps.css?url';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: gapsStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.gaps.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('gaps'));
  const filter = gapFilterFrom(new URL(request.url).searchParams);
  try {
    return await gqlRequest(request, GapPrefecturePageDocument, { code: params.code!, filter });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN', 'LOCAL_GOV']);
  const form = await request.formData();
  const input = {
    prefecture: params.code!,
    domain: String(form.get('domain') ?? ''),
    language: String(form.get('language') ?? '') || null,
    partnerId: String(form.get('partnerId') ?? ''),
  };
  try {
    const { markGapAddressed } = await gqlRequest(request, MarkGapAddressedDocument, { input });
    return {
      ok: true as const,
      signals: markGapAddressed.addressal.signals,
      notified: markGapAddressed.addressal.notified,
    };
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'CONFLICT' || error.code === 'BAD_USER_INPUT'))
      return { ok: false as const, code: error.code };
    throw apiErrorResponse(error);
  }
}

export default function GapPrefecture() {
  const { viewer, gapPrefecture: g } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const canMark = viewer?.role === 'ISA_ADMIN' || viewer?.role === 'LOCAL_GOV';
  const name = localName(locale, g.prefecture);
  return (
    <div className="page gaps-page">
      <p className="no-print">
        <Link to="/gaps">{t('gaps.detail.back')}</Link>
      </p>
      <h1>{t('gaps.detail.title', { name })}</h1>
      <p>
        {t('gaps.total')}: <strong>{countText(g.total)}</strong>
      </p>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('gaps.print')}
        </button>
      </p>
      {result ? (
        <p role="status" className={result.ok ? 'notice notice--success' : 'notice notice--error'}>
          {result.ok
            ? t('gaps.mark.done', { signals: result.signals, notified: result.notified })
            : result.code === 'CONFLICT'
              ? t('gaps.mark.conflict')
              : t('gaps.mark.badPartner')}
        </p>
      ) : null}
      <section aria-labelledby="gap-needs">
        <h2 id="gap-needs">{t('gaps.detail.needs')}</h2>
        {g.needs.length === 0 ? <p>{t('gaps.detail.noNeeds')}</p> : null}
        {g.needs.map((need) => {
          const needName = `${localName(locale, need.domain)}（${need.language ? localName(locale, need.language) : t('gaps.detail.anyLanguage')}）`;
          const key = `${need.domain.code}-${need.language?.code ?? 'any'}`;
          return (
            <article key={key} className="card gap-need">
              <h3>
                {needName}: {countText(need.count)}
              </h3>
              <h4>{t('gaps.detail.nearby')}</h4>
              {need.nearbyPartners.length === 0 ? (
                <p>{t('gaps.detail.noNearby')}</p>
              ) : (
                <ul>
                  {need.nearbyPartners.map((p) => (
                    <li key={p.id}>
                      <Link to={`/partners/${p.id}`}>{p.name}</Link>
                      {p.prefecture ? `（${localName(locale, p.prefecture)}）` : null}
                      {p.offersLanguage ? ` — ${t('gaps.detail.offersLanguage')}` : null}
                    </li>
                  ))}
                </ul>
              )}
              {canMark && need.nearbyPartners.length > 0 ? (
                <Form method="post" className="no-print gap-mark">
                  <input type="hidden" name="domain" value={need.domain.code} />
                  <input type="hidden" name="language" value={need.language?.code ?? ''} />
                  <div className="field">
                    <label htmlFor={`partner-${key}`}>{t('gaps.mark.partner')}</label>
                    <select id={`partner-${key}`} name="partnerId" required>
                      {need.nearbyPartners.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="button">
                    {t('gaps.mark.submit')}
                  </button>
                </Form>
              ) : null}
            </article>
          );
        })}
      </section>
      {g.addressed.length > 0 ? (
        <section aria-labelledby="gap-addressed">
          <h2 id="gap-addressed">{t('gaps.addressed')}</h2>
          <ul>
            {g.addressed.map((a) => (
              <li key={a.id}>
                {t('gaps.addressed.row', {
                  date: new Date(a.at).toLocaleDateString(locale === 'ja' ? 'ja-JP' : 'en-GB', {
                    timeZone: 'Asia/Tokyo',
                  }),
                  domain: localName(locale, a.domain),
                  language: a.language ? localName(locale, a.language) : t('gaps.detail.anyLanguage'),
                  partner: a.partner.name,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
