/** Canonical import columns and the headers (Japanese or English) that name them. */
export const IMPORT_COLUMNS = {
  name: ['氏名', '名前', '氏名(漢字)', 'name', 'full_name'],
  kana: ['フリガナ', 'ふりがな', 'カナ', '氏名(カナ)', 'kana', 'name_kana'],
  name_latin: ['ローマ字', '氏名(ローマ字)', 'name_latin', 'latin', 'name_en'],
  cohort: ['修了年度', '年度', '認定年度', 'cohort', 'fiscal_year'],
  certificate_number: ['認定番号', '認定証番号', 'certificate_number', 'certificate_no', 'certificate'],
  prefecture: ['都道府県', '都道府県コード', 'prefecture', 'prefecture_code'],
  municipality: ['市区町村', 'municipality', 'city'],
  email: ['メール', 'メールアドレス', 'email', 'e_mail', 'mail'],
  affiliation: ['所属', '所属機関', 'affiliation', 'organization'],
  issued_on: ['認定日', '交付日', 'issued_on', 'issue_date'],
  expires_on: ['有効期限', '有効期限日', 'expires_on', 'expiry_date'],
  languages: ['言語', '対応言語', 'languages', 'language'],
  domains: ['分野', '専門分野', 'domains', 'domain'],
  expert: ['エキスパート', '専門家', 'expert'],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'name',
  'certificate_number',
  'cohort',
  'prefecture',
];

/** Full-width to half-width, case and separators folded, so "ＥＭＡＩＬ", "E-mail" and "e_mail" match. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s\-]+/g, '_');
}

const BY_HEADER = new Map<string, ImportColumn>(
  (Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((n) => [normalizeHeader(n), column] as const),
  ),
);

export interface HeaderMapping {
  /** Column index → canonical column (unknown headers are absent). */
  indexes: Map<number, ImportColumn>;
  columns: ImportColumn[];
  unknown: string[];
  missing: ImportColumn[];
  duplicated: ImportColumn[];
}

export function mapHeaders(headers: string[]): HeaderMapping {
  const indexes = new Map<number, ImportColumn>();
  const unknown: string[] = [];
  const duplicated: ImportColumn[] = [];
  headers.forEach((header, i) => {
    const column = BY_HEADER.get(normalizeHeader(header));
    if (!column) {
      if (header.trim()) unknown.push(header.trim());
    } else if ([...indexes.values()].includes(column)) {
      duplicated.push(column);
    } else {
      indexes.set(i, column);
    }
  });
  const columns = [...indexes.values()];
  return {
    indexes,
    columns,
    unknown,
    duplicated,
    missing: REQUIRED_COLUMNS.filter((c) => !columns.includes(c)),
  };
}
