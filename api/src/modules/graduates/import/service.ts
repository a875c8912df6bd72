import { randomUUID } from 'node:crypto';
import { BadUserInputError } from '../../../errors.js';
import type { Graph, GraphTx } from '../../../db/graph.js';
import type { ReferenceCatalog } from '../../reference/catalog.js';
import { hashInvitationCode, newInvitationCode } from '../../invitations/codes.js';
import { mapHeaders, type HeaderMapping, type ImportColumn } from './columns.js';
import { parseCsv } from './csv.js';
import { decodeCsvBytes, type CsvEncoding } from './decode.js';
import { planImport, type PlannedRow } from './plan.js';
import { readImportState, recordImportRun, writeGraduates, type GraduateWrite } from './repository.js';
import { readImportRow, type ImportRecord, type RowError } from './rows.js';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
const MAX_REPORTED_ERRORS = 1_000;
const PREVIEW_ROWS = 200;

export interface ImportResult {
  committed: boolean;
  encoding: CsvEncoding;
  columns: string[];
  unknownColumns: string[];
  summary: { rows: number; created: number; updated: number; unchanged: number; errors: number };
  errors: RowError[];
  preview: {
    line: number;
    action: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';
    certificateNumber: string | null;
    name: string | null;
    changedFields: string[];
  }[];
  invitations: {
    coordinatorId: string;
    certificateNumber: string;
    name: string;
    code: string;
    expiresAt: string;
    /** The graduate's e-mail from the file, when given (the invitation is mailed there). */
    email?: string | null;
  }[];
}

interface ParsedFile {
  encoding: CsvEncoding;
  mapping: HeaderMapping;
  records: ImportRecord[];
  rowErrors: RowError[];
  rowCount: number;
}

/** Decodes, maps headers and validates every row; file-level problems are BAD_USER_INPUT on fileBase64. */
export function parseGraduateFile(fileBase64: string, catalog: ReferenceCatalog): ParsedFile {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(fileBase64))
    throw new BadUserInputError('fileBase64', 'The file is not base64.');
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw new BadUserInputError('fileBase64', 'The file is empty.');
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new BadUserInputError('fileBase64', 'The file is larger than 5 MB.');
  const { text, encoding } = decodeCsvBytes(bytes);
  const [header, ...data] = parseCsv(text);
  if (!header) throw new BadUserInputError('fileBase64', 'The file has no header row.');
  if (data.length > MAX_IMPORT_ROWS) {
    throw new BadUserInputError('fileBase64', `At most ${MAX_IMPORT_ROWS} rows per file.`);
  }
  const mapping = mapHeaders(header.cells);
  if (mapping.missing.length) {
    throw new BadUserInputError('fileBase64', `Required columns are missing: ${mapping.missing.join(', ')}.`);
  }
  if (mapping.duplicated.length) {
    throw new BadUserInputError('fileBase64', `Columns given twice: ${mapping.duplicated.join(', ')}.`);
  }
  const records: ImportRecord[] = [];
  const rowErrors: RowError[] = [];
  for (const { line, cells } of data) {
    const values: Partial<Record<ImportColumn, string>> = {};
    for (const [index, column] of mapping.indexes) values[column] = cells[index] ?? '';
    const { record, errors } = readImportRow(line, values, catalog);
    if (record) records.push(record);
    rowErrors.push(...errors);
  }
  return { encoding, mapping, records, rowErrors, rowCount: data.length };
}

/**
 * A dry run reads the graph once and reports; a commit re-plans inside its write transaction
 * (so it sees exactly what it changes) and writes every row or, if any row has an error, nothing.
 */
export async function importGraduates(
  graph: Graph,
  catalog: ReferenceCatalog,
  input: { fileBase64: string; dryRun: boolean },
  userId: string,
): Promise<ImportResult> {
  const file = parseGraduateFile(input.fileBase64, catalog);
  const numbers = file.records.map((r) => r.certificateNumber);
  const emails = [...new Set(file.records.flatMap((r) => (r.email ? [r.email] : [])))];

  const plan = async (tx: GraphTx) => {
    const state = await readImportState(tx, numbers, emails);
    const { planned, errors } = planImport(file.records, state.existing, state.emailOwners);
    return { planned, errors: [...file.rowErrors, ...errors].sort((a, b) => a.line - b.line) };
  };

  if (input.dryRun) {
    const { planned, errors } = await graph.read(plan);
    return result(file, planned, errors, false, []);
  }

  return graph.write(async (tx) => {
    const { planned, errors } = await plan(tx);
    if (errors.length) {
      throw new BadUserInputError('fileBase64', `${errors.length} row(s) have errors; nothing was written.`);
    }
    const codes = new Map<string, string>();
    const writes: GraduateWrite[] = planned
      .filter((p) => p.action !== 'UNCHANGED')
      .map((p) => {
        if (p.action !== 'CREATE') return { record: p.record, newId: randomUUID(), invitation: null };
        const code = newInvitationCode();
        codes.set(p.record.certificateNumber, code);
        return {
          record: p.record,
          newId: `coord-${randomUUID()}`,
          invitation: { id: randomUUID(), codeHash: hashInvitationCode(code) },
        };
      });
    const written = await writeGraduates(tx, writes, {
      languages: file.mapping.columns.includes('languages'),
      domains: file.mapping.columns.includes('domains'),
    });
    const invitations = planned
      .filter((p) => p.action === 'CREATE')
      .map((p) => {
        const w = written.get(p.record.certificateNumber)!;
        return {
          coordinatorId: w.id,
          certificateNumber: p.record.certificateNumber,
          name: p.record.nameKanji,
          code: codes.get(p.record.certificateNumber)!,
          expiresAt: w.expiresAt!,
          email: p.record.email ?? null,
        };
      });
    const out = result(file, planned, errors, true, invitations);
    const { created, updated, unchanged } = out.summary;
    await recordImportRun(tx, { id: randomUUID(), userId, rows: file.rowCount, created, updated, unchanged });
    return out;
  });
}

function result(
  file: ParsedFile,
  planned: PlannedRow[],
  errors: RowError[],
  committed: boolean,
  invitations: ImportResult['invitations'],
): ImportResult {
  const count = (action: string) => planned.filter((p) => p.action === action).length;
  const errorLines = new Set(errors.map((e) => e.line));
  const byLine = new Map(planned.map((p) => [p.record.line, p]));
  const preview = [...new Set([...planned.map((p) => p.record.line), ...errorLines])]
    .sort((a, b) => a - b)
    .slice(0, PREVIEW_ROWS)
    .map((line) => {
      const p = byLine.get(line);
      return {
        line,
        action: errorLines.has(line) || !p ? ('ERROR' as const) : p.action,
        certificateNumber: p?.record.certificateNumber ?? null,
        name: p?.record.nameKanji ?? null,
        changedFields: p?.changedFields ?? [],
      };
    });
  return {
    committed,
    encoding: file.encoding,
    columns: file.mapping.columns,
    unknownColumns: file.mapping.unknown,
    summary: {
      rows: file.rowCount,
      created: count('CREATE'),
      updated: count('UPDATE'),
      unchanged: count('UNCHANGED'),
      errors: errorLines.size,
    },
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    preview,
    invitations,
  };
}
