import {
  CancelWorkshopRegistrationDocument,
  MoveWorkshopParticipantDocument,
  RecordWorkshopAttendanceDocument,
  RegisterForWorkshopDocument,
  SetWorkshopGroupFacilitatorDocument,
  SetWorkshopPeerConsentDocument,
  SplitWorkshopGroupsDocument,
} from '~/generated/graphql';
import type { MessageKey } from '~/i18n';
import { gqlRequest } from '~/utils/graphql.server';

/**
 * Runs one form intent of the workshop page and says what to tell the user. The API decides who may do
 * what (FORBIDDEN otherwise); this only maps form fields.
 */
export async function runWorkshopIntent(
  request: Request,
  workshopId: string,
  form: FormData,
): Promise<{ message: MessageKey; params?: Record<string, string | number> }> {
  const intent = String(form.get('intent') ?? '');
  const peerConsent = form.get('peerConsent') === 'yes';
  switch (intent) {
    case 'register': {
      const { registerForWorkshop } = await gqlRequest(request, RegisterForWorkshopDocument, {
        input: { workshopId, peerConsent },
      });
      const r = registerForWorkshop.registration;
      return r.status === 'CONFIRMED'
        ? { message: 'workshops.registered' }
        : { message: 'workshops.waitlisted', params: { position: r.waitlistPosition ?? '?' } };
    }
    case 'cancel':
      await gqlRequest(request, CancelWorkshopRegistrationDocument, { input: { workshopId } });
      return { message: 'workshops.cancelled' };
    case 'consent':
      await gqlRequest(request, SetWorkshopPeerConsentDocument, { input: { workshopId, peerConsent } });
      return { message: 'workshops.consentSaved' };
    case 'split':
      await gqlRequest(request, SplitWorkshopGroupsDocument, { input: { workshopId, seed: 0 } });
      return { message: 'workshops.splitDone' };
    case 'move':
      await gqlRequest(request, MoveWorkshopParticipantDocument, {
        input: {
          workshopId,
          participantId: String(form.get('participantId') ?? ''),
          groupNumber: Number.parseInt(String(form.get('groupNumber') ?? ''), 10) || 0,
        },
      });
      return { message: 'workshops.moved' };
    case 'facilitator':
      await gqlRequest(request, SetWorkshopGroupFacilitatorDocument, {
        input: {
          workshopId,
          groupNumber: Number.parseInt(String(form.get('groupNumber') ?? ''), 10) || 0,
          facilitatorId: String(form.get('facilitatorId') ?? ''),
        },
      });
      return { message: 'workshops.facilitatorSet' };
    case 'attendance': {
      const { recordWorkshopAttendance } = await gqlRequest(request, RecordWorkshopAttendanceDocument, {
        input: { workshopId, attendedIds: form.getAll('attended').map(String) },
      });
      return {
        message: 'workshops.attendanceRecorded',
        params: { links: recordWorkshopAttendance.peerLinksCreated },
      };
    }
    default:
      throw new Response('Bad request', { status: 400 });
  }
}
