import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { VerificationFacts } from '~/components/certificates/verification';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { VerifyCertificatePageDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'verify.title');

/** Public: the address a badge carries. Anyone can open it; it asks the API anonymously. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  try {
    const { verifyCertificate } = await gqlRequest(
      request,
      VerifyCertificatePageDocument,
      { id: params.id! },
      { anonymous: true },
    );
    return data({ verification: verifyCertificate }, { status: verifyCertificate ? 200 : 404 });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function VerifyCertificate() {
  const { verification } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="page">
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.lead')}</p>
      {verification ? (
        <VerificationFacts verification={verification} />
      ) : (
        <p className="form-message form-message--error" role="alert">
          {t('verify.unknown')}
        </p>
      )}
      <p className="hint">{t('verify.onlyThese')}</p>
      <p>
        <Link to="/verify">{t('verify.badgeHeading')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
