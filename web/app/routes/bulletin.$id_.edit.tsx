import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { NoticeForm } from '~/components/bulletin/notice-form';
import { noticeContentFrom } from '~/components/bulletin/notice-form.server';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NoticeEditorDocument, UpdateNoticeDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'bulletin.edit');

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  try {
    const page = await gqlRequest(request, NoticeEditorDocument, { id: params.id!, withNotice: true });
    return { prefectures: page.prefectures, notice: page.notice! };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  const form = await request.formData();
  try {
    await gqlRequest(request, UpdateNoticeDocument, {
      input: {
        id: params.id!,
        content: noticeContentFrom(form),
        substantive: form.get('substantive') === 'on',
        changeSummary: String(form.get('changeSummary') ?? ''),
      },
    });
    return redirect(`/bulletin/${encodeURIComponent(params.id!)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ field: error.field, detail: error.message }, { status: 400 });
  }
}

export default function EditNotice() {
  const { prefectures, notice } = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>() ?? null;
  const t = useT();
  return (
    <div className="page">
      <p>
        <Link to={`/bulletin/${encodeURIComponent(notice.id)}`}>← {notice.title}</Link>
      </p>
      <h1>{t('bulletin.edit')}</h1>
      <NoticeForm prefectures={prefectures} notice={notice} error={error} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
