import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import { installGlobals, type ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { refuseRequest } from './guard';

// Serves the built portal: static assets, the request guard, then Remix; listens on PORT and HOST.
const WEB = fileURLToPath(new URL('../', import.meta.url));
const build = (await import(
  pathToFileURL(path.join(WEB, 'build', 'server', 'index.js')).href
)) as ServerBuild;
installGlobals({ nativeFetch: true });

const app = express();
app.disable('x-powered-by');
app.use(compression());
const client = path.resolve(WEB, build.assetsBuildDirectory);
// Vite names every file under assets/ by its content hash, so those may be cached for good.
app.use(
  `${build.publicPath}assets`,
  express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y' }),
);
app.use(build.publicPath, express.static(client, { maxAge: '1h' }));
app.use((req, res, next) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const refusal = refuseRequest(req.method, headers);
  if (!refusal) return next();
  res
    .status(refusal.status)
    .type('text/plain; charset=utf-8')
    .set('Connection', 'close')
    .send(refusal.message);
});
app.all('*', createRequestHandler({ build, mode: process.env.NODE_ENV }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const server = app.listen(port, host, () => console.log(`[portal] http://${host}:${port}`));

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
