import { Writable } from 'node:stream';
import type { AppLoadContext, EntryContext } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { renderToPipeableStream } from 'react-dom/server';
import { getEnv } from '~/utils/env.server';
import { withoutNulBytes } from '~/utils/html-bytes.server';

// Validate the environment when the server build is loaded, so a bad variable stops the start-up.
getEnv();

export const streamTimeout = 5_000;

// Pages are server-rendered and work without JavaScript; these headers keep them out of frames and
// stop the browser from guessing content types or leaking paths to other sites.
function setSecurityHeaders(headers: Headers) {
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'same-origin');
}

// React 18.3's stream writer can pad with NUL bytes; see utils/html-bytes.server.ts.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  return new Promise<Response>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Uint8Array, _encoding, callback) {
        chunks.push(Buffer.from(chunk));
        callback();
      },
      final(callback) {
        responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
        setSecurityHeaders(responseHeaders);
        resolve(
          new Response(withoutNulBytes(Buffer.concat(chunks)).toString('utf8'), {
            headers: responseHeaders,
            status: responseStatusCode,
          }),
        );
        callback();
      },
    });
    const { pipe, abort } = renderToPipeableStream(<RemixServer context={remixContext} url={request.url} />, {
      onAllReady() {
        pipe(sink);
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        console.error(error);
      },
    });
    setTimeout(abort, streamTimeout + 1_000);
  });
}
