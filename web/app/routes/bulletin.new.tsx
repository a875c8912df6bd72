import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { NoticeForm } from '~/components/bulletin/notice-form';
import { noticeContentFrom } from '~/components/bulletin/notice-form.server';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { CreateNoticeDocument, NoticeEditorDocument } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'bulletin.new');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  try {
    return await gqlRequest(request, NoticeEditorDocument, { id: '', withNotice: false });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  const form = await request.formData();
  try {
    const { createNotice } = await gqlRequest(request, CreateNoticeDocument, {
      input: { content: noticeContentFrom(form) },
    });
    return redirect(`/bulletin/${encodeURIComponent(createNotice.notice.id)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ field: error.field, detail: error.message }, { status: 400 });
  }
}

export default function NewNotice() {
  const { prefectures } = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>() ?? null;
  const t = useT();
  return (
    <div className="page">
      <h1>{t('bulletin.new')}</h1>
      <p className="lead">{t('bulletin.newIntro')}</p>
      <NoticeForm prefectures={prefectures} notice={null} error={error} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
