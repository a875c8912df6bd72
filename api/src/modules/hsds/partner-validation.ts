import { BadUserInputError } from '../../errors.js';
import { keysOf, parsePartnerFields, type PartnerState } from '../directory/partner-input.js';
import { DEFAULT_IMPORT_KIND } from './vocabulary.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { PartnerImport, SchemaViolation } from './types.js';

/**
 * Runs a mapped partner through the API's partner validation (the same limits, formats and codes as
 * proposePartner and editPartner) and returns it with its normalized values and duplicate keys, or the violation.
 */
export function validateImportedPartner(
  partner: PartnerImport,
  catalog: ReferenceCatalog,
): { partner: PartnerImport } | { violation: SchemaViolation } {
  const { props } = partner;
  try {
    const fields = parsePartnerFields(
      {
        name: props.name,
        kind: (partner.kind ?? DEFAULT_IMPORT_KIND) as PartnerState['kind'],
        alternateName: props.alternateName,
        description: props.description,
        url: props.url,
        email: props.email,
        phones: props.phones,
        postalCode: props.postalCode,
        municipality: props.municipality,
        addressLine: props.addressLine,
        latitude: props.latitude,
        longitude: props.longitude,
        openingHours: props.openingHours,
        fees: props.fees,
        eligibility: props.eligibility,
        prefecture: partner.prefectureCode,
        serviceArea: partner.areaCodes,
        domains: partner.domainCodes,
        languages: partner.languageCodes,
        acceptedStatuses: partner.statusCodes,
      },
      catalog,
    );
    const state = { ...props, ...fields, phones: fields.phones ?? [] } as PartnerState;
    const normalized: PartnerImport = {
      ...partner,
      props: {
        ...props,
        name: state.name,
        alternateName: state.alternateName,
        description: state.description,
        url: state.url,
        email: state.email,
        phones: state.phones,
        postalCode: state.postalCode,
        municipality: state.municipality,
        addressLine: state.addressLine,
        openingHours: state.openingHours,
        fees: state.fees,
        eligibility: state.eligibility,
        ...keysOf(state),
      },
    };
    return { partner: normalized };
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    return { violation: { path: partner.sourcePath || '/', message: error.message } };
  }
}
