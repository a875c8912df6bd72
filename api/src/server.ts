import { mailerFor } from './modules/notifications/mailer.js';
import { startNoticeMail } from './modules/notifications/notice-mail.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApolloServer, createRequestHandler, type Logger } from './app.js';
import type { ApiConfig } from './config.js';
import type { AppServices } from './context.js';
import type { Graph } from './db/graph.js';
import { migrate } from './db/migrate.js';
import { ReferenceCatalog } from './modules/reference/catalog.js';
import { createSearchBackend, startSearchSync } from './modules/search/backend.js';
import { SearchLexicon } from './modules/search/lexicon-store.js';
import { SurveyDefinitionCache } from './modules/surveys/definitions.js';
import { startSurveyReminders } from './modules/surveys/reminders.js';
import { startCertificateReminders } from './modules/certificates/reminders.js';

export interface RunningApi {
  url: string;
  services: AppServices;
  close(): Promise<void>;
}

export const consoleLogger: Logger = (level, message, extra) => {
  const line = `[api] ${level}: ${message}`;
  if (level === 'error') console.error(line, extra instanceof Error ? extra.stack : (extra ?? ''));
  else console.log(line);
};

/** Applies migrations, loads the reference catalog and serves GraphQL on its own HTTP server. */
export async function startApi(
  config: ApiConfig,
  graph: Graph,
  log: Logger = consoleLogger,
): Promise<RunningApi> {
  // Process-wide; measured in docs/surveys.md ("Submit latency").
  process.setSourceMapsEnabled(config.SOURCE_MAP_STACKS);
  await migrate(graph, undefined, (line) => log('info', line));
  const catalog = new ReferenceCatalog(graph);
  await catalog.refresh();
  // Meilisearch (MEILI_HOST) is fed from the search outbox that partner writes fill.
  const searchSync = startSearchSync(graph, config, (line) => log('info', line));
  // Survey reminders (issue 5): idempotent per survey and person, so several API processes may run it.
  const surveyReminders = startSurveyReminders(graph, config.SURVEY_REMINDER_INTERVAL_MS, (line) =>
    log('info', line),
  );
  // Certificate reminders: portal notification and e-mail (logged when SMTP_URL is unset), once per threshold.
  const certificateReminders = startCertificateReminders(
    graph,
    (mail) => mailerFor(config).send(mail),
    config.PORTAL_URL,
    config.CERTIFICATE_REMINDER_INTERVAL_MS,
    (line) => log('info', line),
  );
  // Notice e-mail (issue 4): only with an SMTP server; claims make it safe with several API processes.
  const mailer = mailerFor(config);
  const noticeMail = mailer.enabled
    ? startNoticeMail(
        graph,
        (mail) => mailer.send(mail),
        config.PORTAL_URL,
        config.NOTICE_MAIL_INTERVAL_MS,
        (line) => log('info', line),
      )
    : null;
  const services: AppServices = {
    config,
    graph,
    catalog,
    surveyDefinitions: new SurveyDefinitionCache(),
    searchLexicon: new SearchLexicon(graph, catalog),
    searchBackend: createSearchBackend(catalog, config),
  };
  // Reads ISA's search terms now, so the first search does not wait for them.
  await services.searchLexicon.current();
  const apollo = createApolloServer(services, log);
  await apollo.start();
  const handler = createRequestHandler(services, apollo, log);
  const server: Server = createServer((req, res) => void handler(req, res));
  server.requestTimeout = config.REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.REQUEST_TIMEOUT_MS, 10_000);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.API_PORT, config.API_HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.API_HOST}:${port}`,
    services,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
      await searchSync?.stop();
      await surveyReminders.stop();
      await certificateReminders.stop();
      await noticeMail?.stop();
    },
  };
}
