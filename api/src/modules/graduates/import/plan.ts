import type { ImportRecord, RowError } from './rows.js';

/** What the graph holds for a certificate number found in the file. */
export interface ExistingGraduate {
  certificateNumber: string;
  id: string;
  nameKanji: string | null;
  nameKana: string | null;
  nameLatin: string | null;
  cohort: number | null;
  prefecture: string | null;
  municipality: string | null;
  email: string | null;
  affiliation: string | null;
  certificateIssuedOn: string | null;
  certificateExpiresOn: string | null;
  languages: string[];
  domains: string[];
  expert: boolean;
}

export type PlannedAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface PlannedRow {
  record: ImportRecord;
  action: PlannedAction;
  changedFields: string[];
}

// The record fields compared against the graph (lists compared as sets).
const COMPARED = [
  'nameKanji',
  'nameKana',
  'nameLatin',
  'cohort',
  'prefecture',
  'municipality',
  'email',
  'affiliation',
  'certificateIssuedOn',
  'certificateExpiresOn',
  'languages',
  'domains',
  'expert',
] as const;

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join('|') === [...b].sort().join('|');
  return (a ?? null) === (b ?? null);
}

/**
 * Decides create / update / unchanged per row and adds the errors only visible across rows or
 * against the graph: duplicates within the file and e-mail addresses held by another coordinator.
 */
export function planImport(
  records: ImportRecord[],
  existing: Map<string, ExistingGraduate>,
  emailOwners: Map<string, string>,
): { planned: PlannedRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const planned: PlannedRow[] = [];
  const seenNumbers = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  for (const record of records) {
    const firstLine = seenNumbers.get(record.certificateNumber);
    if (firstLine !== undefined) {
      errors.push({
        line: record.line,
        column: 'certificate_number',
        message: `Duplicate of line ${firstLine}.`,
      });
      continue;
    }
    seenNumbers.set(record.certificateNumber, record.line);
    if (record.email) {
      const emailLine = seenEmails.get(record.email);
      const owner = emailOwners.get(record.email);
      if (emailLine !== undefined) {
        errors.push({ line: record.line, column: 'email', message: `Same e-mail as line ${emailLine}.` });
        continue;
      }
      if (owner !== undefined && owner !== record.certificateNumber) {
        errors.push({ line: record.line, column: 'email', message: 'Another coordinator uses this e-mail.' });
        continue;
      }
      seenEmails.set(record.email, record.line);
    }
    const current = existing.get(record.certificateNumber);
    if (!current) {
      planned.push({ record, action: 'CREATE', changedFields: [] });
      continue;
    }
    const changedFields = COMPARED.filter(
      (field) => record[field] !== undefined && !same(record[field], current[field]),
    );
    planned.push({
      record,
      action: changedFields.length ? 'UPDATE' : 'UNCHANGED',
      changedFields: [...changedFields],
    });
  }
  return { planned, errors };
}
