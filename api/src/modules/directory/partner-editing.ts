import { ForbiddenError } from '../../errors.js';
import type { RoleName } from '../auth/repository.js';
import {
  ADDRESS_FIELDS,
  changedFields,
  checkPartnerState,
  type PartnerField,
  type PartnerState,
} from './partner-input.js';
import type { CurrentPartner } from './partner-writes.js';

/**
 * Who may change what: ISA_ADMIN everything; a coordinator the ordinary fields of any partner
 * except the national reference organizations, may protect an address but not unprotect it,
 * and may not touch a protected address it cannot see. Returns null when nothing differs.
 */
export function decidePartnerUpdate(
  role: RoleName,
  current: CurrentPartner,
  given: Partial<PartnerState>,
): { state: PartnerState; fields: PartnerField[] } | null {
  if (role !== 'ISA_ADMIN') {
    if (current.reference) {
      throw new ForbiddenError('National reference organizations are maintained by ISA.');
    }
    if (given.sensitiveAddress === false && current.state.sensitiveAddress) {
      throw new ForbiddenError('Only ISA may lift the protection of an address.');
    }
    if (!current.mayLocate && ADDRESS_FIELDS.some((field) => given[field] !== undefined)) {
      throw new ForbiddenError(
        'This address is protected; a coordinator with a valid certificate may edit it.',
      );
    }
  }
  const merged: Partial<PartnerState> = { ...current.state, ...given };
  checkPartnerState(merged);
  const fields = changedFields(current.state, merged);
  return fields.length ? { state: merged, fields } : null;
}
