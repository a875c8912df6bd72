import type { LoaderFunctionArgs } from '@remix-run/node';
import { BadgeDownloadDocument } from '~/generated/graphql';
import { t } from '~/i18n';
import { getLocale } from '~/i18n/locale.server';
import { requireViewer } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

const escape = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The badge as an SVG image, "baked" in the Open Badges way: the signed credential (VC-JWT) rides inside the image
 * in an <openbadges:credential> element, so the image alone can be verified.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const locale = await getLocale(request, viewer.locale);
  try {
    const { badge } = await gqlRequest(request, BadgeDownloadDocument, { certificateId: params.id! });
    const kind = t(locale, `verify.kind.${badge.certificate.kind}`);
    const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="360" height="200" viewBox="0 0 360 200" role="img" aria-label="${escape(`${kind} — ${badge.holderName}`)}">
  <openbadges:credential><![CDATA[${badge.jwt}]]></openbadges:credential>
  <rect x="2" y="2" width="356" height="196" rx="16" fill="#ffffff" stroke="#1f5f8b" stroke-width="4"/>
  <text x="24" y="44" font-family="sans-serif" font-size="18" font-weight="bold" fill="#1f5f8b">つなぐ Tsunagu</text>
  <text x="24" y="80" font-family="sans-serif" font-size="13" fill="#222">${escape(kind)}</text>
  <text x="24" y="116" font-family="sans-serif" font-size="20" fill="#222">${escape(badge.holderName)}</text>
  <text x="24" y="146" font-family="sans-serif" font-size="12" fill="#444">No. ${escape(badge.certificate.number)}${badge.certificate.expiresOn ? ` · ${escape(t(locale, 'certificates.expiresOn'))} ${escape(badge.certificate.expiresOn)}` : ''}</text>
  <text x="24" y="176" font-family="sans-serif" font-size="10" fill="#1f5f8b">${escape(badge.verifyUrl)}</text>
</svg>
`;
    return new Response(svg, {
      headers: {
        'content-type': 'image/svg+xml; charset=utf-8',
        'content-disposition': `attachment; filename="tsunagu-badge-${badge.certificate.number}.svg"`,
      },
    });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}
