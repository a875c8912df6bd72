import { BadUserInputError } from '../errors.js';
import { findIdentifiers, type FoundIdentifier } from './identifiers.js';

/** BAD_USER_INPUT naming the field, with `extensions.identifiers` listing what was found, for the author to remove. */
export class ClientIdentifierError extends BadUserInputError {
  constructor(field: string, found: FoundIdentifier[]) {
    super(
      field,
      `${field} seems to contain details that identify a client (${found.map((f) => f.match).join(', ')}); remove them.`,
    );
    Object.assign(this.extensions, { identifiers: found });
  }
}

/** Throws ClientIdentifierError for the first field (in the given order) whose text holds an obvious identifier. */
export function refuseClientIdentifiers(fields: Record<string, string>): void {
  for (const [field, text] of Object.entries(fields)) {
    const found = findIdentifiers(text);
    if (found.length) throw new ClientIdentifierError(field, found);
  }
}
