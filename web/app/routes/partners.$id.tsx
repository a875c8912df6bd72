import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { ERROR_MESSAGES, type PartnerActionResult } from '~/components/partners/action-result';
import { NeighbourhoodPicture } from '~/components/partners/neighbourhood-picture';
import { PartnerBadges } from '~/components/partners/partner-badges';
import { formatWhen, PartnerFacts } from '~/components/partners/partner-facts';
import { CoordinatorForms, OUTCOMES, UpkeepForms } from '~/components/partners/trust-forms';
import {
  ConfirmPartnerDocument,
  EndorsePartnerDocument,
  PartnerPageDocument,
  RecordReferralDocument,
  UpdateReferralOutcomeDocument,
  VerifyPartnerDocument,
  type ReferralOutcome,
} from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireViewer } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: page ? `${page.partner.name} | つなぐ Tsunagu` : 'つなぐ Tsunagu' },
];

const todayInJapan = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  try {
    const page = await gqlRequest(request, PartnerPageDocument, { id: params.id ?? '' });
    return { ...page, role: viewer.role, today: todayInJapan() };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

const DONE: Record<string, MessageKey> = {
  refer: 'partners.done.referral',
  outcome: 'partners.done.outcome',
  endorse: 'partners.done.endorse',
  confirm: 'partners.done.confirm',
  verify: 'partners.done.verify',
  edit: 'partners.done.edit',
  unchanged: 'partners.done.unchanged',
};

function outcomeOf(value: FormDataEntryValue | null): ReferralOutcome {
  return OUTCOMES.find((o) => o === value) ?? 'UNKNOWN';
}

/** Each form posts an `intent`; success redirects back (post/redirect/get), failure shows why. */
export async function action({ request, params }: ActionFunctionArgs) {
  const partnerId = params.id ?? '';
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const text = (name: string) => String(form.get(name) ?? '');
  try {
    switch (intent) {
      case 'refer':
        await gqlRequest(request, RecordReferralDocument, {
          input: {
            partnerId,
            date: text('date'),
            domain: text('domain'),
            language: text('language'),
            outcome: outcomeOf(form.get('outcome')),
          },
        });
        break;
      case 'outcome':
        await gqlRequest(request, UpdateReferralOutcomeDocument, {
          input: { referralId: text('referralId'), outcome: outcomeOf(form.get('outcome')) },
        });
        break;
      case 'endorse':
        await gqlRequest(request, EndorsePartnerDocument, { input: { partnerId, note: text('note') } });
        break;
      case 'confirm':
        await gqlRequest(request, ConfirmPartnerDocument, { input: { partnerId } });
        break;
      case 'verify':
        await gqlRequest(request, VerifyPartnerDocument, {
          input: { partnerId, verified: text('verified') !== 'false' },
        });
        break;
      default:
        return data<PartnerActionResult>(
          { ok: false, message: 'partners.error.unexpected' },
          { status: 400 },
        );
    }
  } catch (error) {
    if (!(error instanceof ApiError) || !ERROR_MESSAGES[error.code]) throw apiErrorResponse(error);
    return data<PartnerActionResult>(
      { ok: false, message: ERROR_MESSAGES[error.code], field: error.field },
      { status: error.code === 'BAD_USER_INPUT' ? 400 : error.code === 'FORBIDDEN' ? 403 : 404 },
    );
  }
  return redirect(`/partners/${encodeURIComponent(partnerId)}?done=${intent}`);
}

export default function PartnerPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const { partner, partnerNeighbourhood: neighbourhood, role } = page;
  const done = DONE[searchParams.get('done') ?? ''];

  return (
    <div className="page">
      <p>
        <Link to="/partners">← {t('partners.title')}</Link>
      </p>
      <h1>{partner.name}</h1>
      {partner.alternateName && <p className="lead">{partner.alternateName}</p>}
      <PartnerBadges partner={partner} />
      {done && !result && (
        <p className="form-message form-message--success" role="status">
          {t(done)}
        </p>
      )}
      {result && !result.ok && (
        <p className="form-message form-message--error" role="alert">
          {t(result.message, { field: result.field ?? '' })}
        </p>
      )}
      {partner.description && <p className="partner__description">{partner.description}</p>}
      {(role === 'ISA_ADMIN' || (role === 'COORDINATOR' && !partner.reference)) && (
        <p>
          <Link to={`/partners/${encodeURIComponent(partner.id)}/edit`} className="button button--secondary">
            {t('partners.edit.link')}
          </Link>
        </p>
      )}

      <PartnerFacts partner={partner} />

      <section aria-labelledby="trust-heading">
        <h2 id="trust-heading">{t('partners.neighbourhood')}</h2>
        <NeighbourhoodPicture name={partner.name} neighbourhood={neighbourhood} />
        {neighbourhood.referrersHidden ? (
          <p>{t('partners.referrersHidden', { count: neighbourhood.referrerCount })}</p>
        ) : (
          neighbourhood.referrers.length > 0 && (
            <>
              <h3>{t('partners.referrers')}</h3>
              <ul>
                {neighbourhood.referrers.map((r) => (
                  <li key={r.displayName}>
                    {r.displayName} — {t('partners.referralsCount', { count: r.referralCount })}
                  </li>
                ))}
              </ul>
            </>
          )
        )}
        <h3>{t('partners.endorsements')}</h3>
        {partner.recentEndorsements.length === 0 ? (
          <p className="empty">{t('partners.endorsementsEmpty')}</p>
        ) : (
          <ul className="endorsement-list">
            {partner.recentEndorsements.map((e, i) => (
              <li key={i}>
                <blockquote>{e.note}</blockquote>
                <p className="footnote">
                  {e.coordinatorName ?? t('partners.someone')} — {formatWhen(locale, e.date)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {neighbourhood.prefecture && (
          <p className="footnote">{localName(locale, neighbourhood.prefecture.bureau)}</p>
        )}
      </section>

      {role === 'COORDINATOR' && <CoordinatorForms page={page} today={page.today} />}
      {(role === 'COORDINATOR' || role === 'ISA_ADMIN') && (
        <UpkeepForms verified={partner.verifiedByIsa} isAdmin={role === 'ISA_ADMIN'} />
      )}
      <p className="footnote">{t('app.syntheticNote')}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
