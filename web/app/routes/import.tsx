import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { dropUpload, keepUpload, takeUpload } from '~/components/graduates/import-store.server';
import { ImportPreview } from '~/components/graduates/import-preview';
import { InvitationCodes } from '~/components/graduates/invitation-codes';
import { ImportGraduatesDocument, type ImportGraduatesMutation } from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'import.title');

const MAX_BYTES = 5 * 1024 * 1024;

type Step =
  | {
      step: 'preview';
      uploadId: string;
      fileName: string;
      result: ImportGraduatesMutation['importGraduates'];
    }
  | { step: 'done'; result: ImportGraduatesMutation['importGraduates'] }
  | { step: 'error'; message: MessageKey; detail?: string };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  return null;
}

async function run(request: Request, fileBase64: string, dryRun: boolean) {
  // A 10,000-row commit takes ~20 s; wait as long as the API's own request limit.
  const { importGraduates } = await gqlRequest(
    request,
    ImportGraduatesDocument,
    { input: { fileBase64, dryRun } },
    { timeoutMs: 60_000 },
  );
  return importGraduates;
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireRole(request, ['ISA_ADMIN']);
  const form = await request.formData();
  try {
    if (form.get('intent') === 'commit') {
      const uploadId = String(form.get('uploadId') ?? '');
      const fileBase64 = await takeUpload(uploadId, viewer.id);
      if (!fileBase64) return data<Step>({ step: 'error', message: 'import.expiredUpload' }, { status: 400 });
      const result = await run(request, fileBase64, false);
      await dropUpload(uploadId);
      return data<Step>({ step: 'done', result });
    }
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return data<Step>({ step: 'error', message: 'import.noFile' }, { status: 400 });
    }
    if (file.size > MAX_BYTES)
      return data<Step>({ step: 'error', message: 'import.tooLarge' }, { status: 400 });
    const fileBase64 = Buffer.from(await file.arrayBuffer()).toString('base64');
    const result = await run(request, fileBase64, true);
    const uploadId = await keepUpload(fileBase64, viewer.id);
    return data<Step>({ step: 'preview', uploadId, fileName: file.name, result });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data<Step>({ step: 'error', message: 'import.refused', detail: error.message }, { status: 400 });
  }
}

export default function ImportGraduates() {
  const t = useT();
  const outcome = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  return (
    <div className="page">
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <ol className="steps">
        <li aria-current={!outcome || outcome.step === 'error' ? 'step' : undefined}>
          {t('import.step.upload')}
        </li>
        <li aria-current={outcome?.step === 'preview' ? 'step' : undefined}>{t('import.step.preview')}</li>
        <li aria-current={outcome?.step === 'done' ? 'step' : undefined}>{t('import.step.done')}</li>
      </ol>
      {outcome?.step === 'error' && (
        <p className="form-message form-message--error" role="alert">
          {t(outcome.message)} {outcome.detail}
        </p>
      )}
      {outcome?.step === 'preview' && (
        <>
          <p>{outcome.fileName}</p>
          <ImportPreview result={outcome.result} />
          {outcome.result.summary.errors === 0 ? (
            <Form method="post">
              <input type="hidden" name="intent" value="commit" />
              <input type="hidden" name="uploadId" value={outcome.uploadId} />
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('import.commit')}
              </button>
            </Form>
          ) : (
            <p className="notice">{t('import.fixErrors')}</p>
          )}
        </>
      )}
      {outcome?.step === 'done' && (
        <>
          <ImportPreview result={outcome.result} />
          <InvitationCodes invitations={outcome.result.invitations} />
        </>
      )}
      {outcome?.step !== 'done' && (
        <Form method="post" encType="multipart/form-data" className="form">
          <div className="field">
            <label htmlFor="file">{t('import.file')}</label>
            <input id="file" name="file" type="file" accept=".csv,text/csv" required />
            <p className="cell-note">{t('import.fileHint')}</p>
          </div>
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('import.dryRun')}
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
