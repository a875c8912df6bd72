import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppServices } from '../context.js';
import { BulletinRepository } from '../modules/bulletin/repository.js';
import { renderNoticeMarkdown } from '../modules/bulletin/markdown.js';
import type { NoticeRow } from '../modules/bulletin/model.js';
import { NotificationRepository } from '../modules/notifications/repository.js';

/** GET /feeds/notices/<token>.atom — the token's owner's notices as Atom; unknown or revoked tokens get 404. */
export const FEED_ROUTE = /^\/feeds\/notices\/([^/]+)\.atom$/;
const FEED_SIZE = 50;

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 does not allow at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function entry(n: NoticeRow, portalUrl: string): string {
  const link = `${portalUrl}/bulletin/${encodeURIComponent(n.id)}`;
  return `  <entry>
    <id>urn:tsunagu:notice:${xml(n.id)}:v${n.version}</id>
    <title type="text">${xml(n.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <published>${xml(n.publishAt ?? n.createdAt)}</published>
    <updated>${xml(n.updatedAt)}</updated>
    <author><name>${xml(n.authorName || 'Immigration Services Agency')}</name></author>
    <category term="${xml(n.category)}"/>
    <content type="html">${xml(renderNoticeMarkdown(n.body))}</content>
  </entry>`;
}

/** The Atom document for one reader's latest notices (only those in their audience). */
export function atomFeed(notices: NoticeRow[], portalUrl: string, feedUrl: string): string {
  const updated =
    notices
      .map((n) => n.updatedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feedUrl)}</id>
  <title>つなぐ Tsunagu — お知らせ / Notices</title>
  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${portalUrl}/bulletin`)}"/>
  <updated>${xml(updated)}</updated>
${notices.map((n) => entry(n, portalUrl)).join('\n')}
</feed>
`;
}

export async function handleNoticeFeed(
  services: AppServices,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const userId = await new NotificationRepository(services.graph).userForFeedToken(token);
  if (!userId) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Unknown or revoked feed.');
    return;
  }
  const { page } = await new BulletinRepository(services.graph).listNotices({
    userId,
    limit: FEED_SIZE,
    after: null,
    unreadOnly: false,
    includeUnpublished: false,
    lucene: null,
  });
  const host = req.headers.host ?? `${services.config.API_HOST}:${services.config.API_PORT}`;
  // The token is in the URL: never cache it in shared caches, never send it on as a referrer.
  res.writeHead(200, {
    'content-type': 'application/atom+xml; charset=utf-8',
    'cache-control': 'private, max-age=300',
    'referrer-policy': 'no-referrer',
  });
  res.end(
    req.method === 'HEAD'
      ? undefined
      : atomFeed(page, services.config.PORTAL_URL, `http://${host}${req.url}`),
  );
}
