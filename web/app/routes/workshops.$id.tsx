import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { GroupPanel } from '~/components/workshops/group-panel';
import { MaterialList } from '~/components/workshops/material-list';
import { MyRegistration } from '~/components/workshops/my-registration';
import { RosterPanel } from '~/components/workshops/roster-panel';
import { runWorkshopIntent } from '~/components/workshops/workshop-actions.server';
import { WorkshopFacts } from '~/components/workshops/workshop-facts';
import { WorkshopPageDocument, WorkshopRunPanelDocument } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.workshops.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('workshops'));
  try {
    const { workshop } = await gqlRequest(request, WorkshopPageDocument, { id: params.id!, materials: 50 });
    if (!workshop) throw new Response('Not found', { status: 404 });
    // Roster and groups are FORBIDDEN to everyone but the workshop's organizers and facilitators.
    const runs = workshop.viewerIsOrganizer || workshop.viewerIsFacilitator;
    const panel = runs
      ? (await gqlRequest(request, WorkshopRunPanelDocument, { id: params.id!, first: 100 })).workshop
      : null;
    return {
      workshop,
      panel,
      isGraduate: viewer.role === 'COORDINATOR',
      isAdmin: viewer.role === 'ISA_ADMIN',
    };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, routeRolesFor('workshops'));
  const form = await request.formData();
  try {
    const outcome = await runWorkshopIntent(request, params.id!, form);
    return data({ ok: true as const, ...outcome, detail: '' });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data(
      {
        ok: false as const,
        message: 'workshops.error' as MessageKey,
        params: undefined,
        detail: error.message,
      },
      { status: 400 },
    );
  }
}

export default function WorkshopPage() {
  const { workshop, panel, isGraduate, isAdmin } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const runs = workshop.viewerIsOrganizer || workshop.viewerIsFacilitator;
  const seated = workshop.myRegistration?.status === 'CONFIRMED';
  return (
    <article className="page">
      <p>
        <Link to="/workshops">← {t('section.workshops.title')}</Link>
      </p>
      <h1>{workshop.title}</h1>
      {outcome && (
        <p
          className={outcome.ok ? 'notice' : 'form-message form-message--error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {t(outcome.message, outcome.params)} {outcome.detail}
        </p>
      )}
      {workshop.viewerIsOrganizer && (
        <p>
          <Link to={`/workshops/${encodeURIComponent(workshop.id)}/edit`}>{t('workshops.edit')}</Link>
        </p>
      )}
      <WorkshopFacts workshop={workshop} />
      {workshop.description && <p className="workshop__description">{workshop.description}</p>}
      {isGraduate && <MyRegistration workshop={workshop} />}
      <MaterialList workshop={workshop} canSubmit={runs || seated} />
      {panel && <GroupPanel workshop={workshop} panel={panel} />}
      {panel && <RosterPanel workshop={workshop} panel={panel} />}
      {isAdmin && !workshop.viewerIsOrganizer && (
        <p>
          <Link to={`/workshops/${encodeURIComponent(workshop.id)}/access-log`}>
            {t('workshops.accessLog')}
          </Link>
        </p>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
