import type { LoaderFunctionArgs } from '@remix-run/node';
import { BadgeDownloadDocument } from '~/generated/graphql';
import { requireViewer } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

/**
 * The signed badge of one certificate as JSON: a W3C EnvelopedVerifiableCredential around the VC-JWT (the signed
 * Open Badges 3.0 credential), which verifiers read as is. The API decides who may have it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireViewer(request);
  try {
    const { badge } = await gqlRequest(request, BadgeDownloadDocument, { certificateId: params.id! });
    const envelope = {
      '@context': 'https://www.w3.org/ns/credentials/v2',
      id: `data:application/vc+jwt,${badge.jwt}`,
      type: 'EnvelopedVerifiableCredential',
    };
    return new Response(JSON.stringify(envelope, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="tsunagu-badge-${badge.certificate.number}.json"`,
      },
    });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}
