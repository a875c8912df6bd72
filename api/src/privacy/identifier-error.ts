import { BadUserInputError } from '../errors.js';
import { findIdentifiers, type FoundIdentifier } from './identifiers.js';
import { findPersonNames } from './person-names.js';

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

/** BAD_USER_INPUT naming the field, listing likely names of people as identifiers of kind PERSON_NAME (soft). */
export class PersonNameError extends BadUserInputError {
  constructor(field: string, names: string[]) {
    super(
      field,
      `${field} may name a person (${names.join(', ')}); remove the names or confirm they identify nobody.`,
    );
    Object.assign(this.extensions, {
      identifiers: names.map((match) => ({ kind: 'PERSON_NAME', match, soft: true })),
    });
  }
}

/** Throws PersonNameError for the first field holding a likely name the author has not confirmed. */
export function refuseUnconfirmedNames(fields: Record<string, string>, confirmed: readonly string[]): void {
  for (const [field, text] of Object.entries(fields)) {
    const names = findPersonNames(text).filter((name) => !confirmed.includes(name));
    if (names.length) throw new PersonNameError(field, names);
  }
}

/** Throws ClientIdentifierError for the first field (in the given order) whose text holds an obvious identifier. */
export function refuseClientIdentifiers(fields: Record<string, string>): void {
  for (const [field, text] of Object.entries(fields)) {
    const found = findIdentifiers(text);
    if (found.length) throw new ClientIdentifierError(field, found);
  }
}
