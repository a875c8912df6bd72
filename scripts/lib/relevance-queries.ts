/**
 * The judged query set of `npm run bench:relevance`: queries as coordinators type them (Japanese
 * and English, kana, abbreviations, typos, with and without form filters, from several
 * prefectures), each with the need a person reading it would see. Relevance is derived from the
 * synthetic directory's facts, not listed by hand: a partner is relevant when it serves one of the
 * need's domains (or a sub-domain) and, when the need names a language, offers it.
 */

export type QueryCategory =
  'natural-ja' | 'natural-en' | 'kana' | 'abbreviation' | 'typo' | 'mixed' | 'structured';

export interface JudgedQuery {
  category: QueryCategory;
  /** The search text (absent for structured needs chosen in the form only). */
  text?: string;
  /** Form filters chosen besides the text. */
  domains?: string[];
  language?: string;
  /** Prefecture code the searcher works in (distance tiers refer to it). */
  from: string;
  /** What the searcher needs. */
  need: { domains: string[]; language?: string };
}

const q = (
  category: QueryCategory,
  from: string,
  text: string | undefined,
  domains: string[],
  language?: string,
  filters: { domains?: string[]; language?: string } = {},
): JudgedQuery => ({ category, from, text, ...filters, need: { domains, language } });

export const JUDGED_QUERIES: JudgedQuery[] = [
  // Natural Japanese: topic plus language, as typed at a counter.
  q('natural-ja', '10', 'ベトナム語 未払い賃金', ['WRK-CND'], 'vi'),
  q('natural-ja', '10', 'ベトナム語で労働相談', ['WRK'], 'vi'),
  q('natural-ja', '13', '労災 ネパール語', ['WRK-SAF'], 'ne'),
  q('natural-ja', '23', '年金 脱退一時金', ['SOC-PEN']),
  q('natural-ja', '22', 'ポルトガル語 子育て', ['FAM-CC'], 'pt'),
  q('natural-ja', '27', '中国語 医療通訳', ['HLT-MED', 'LNG'], 'zh-Hans'),
  q('natural-ja', '14', 'タガログ語 DV 相談', ['FAM-DV'], 'fil'),
  q('natural-ja', '11', '在留資格の更新 英語', ['RES-STS'], 'en'),
  q('natural-ja', '40', '残業代が払われない ベトナム語', ['WRK-CND'], 'vi'),
  q('natural-ja', '13', 'インドネシア語 パワハラ', ['WRK-HAR'], 'id'),
  q('natural-ja', '28', '妊娠 出産 ベトナム語', ['FAM-PRG'], 'vi'),
  q('natural-ja', '34', '住まい探し 英語', ['HOU'], 'en'),
  q('natural-ja', '12', '子どもの学校 ポルトガル語', ['EDU-SCH'], 'pt'),
  q('natural-ja', '08', '日本語教室', ['JPN']),
  q('natural-ja', '20', 'スペイン語 生活保護', ['SOC-PA'], 'es'),
  q('natural-ja', '09', 'ネパール語 国民健康保険', ['SOC-INS'], 'ne'),
  q('natural-ja', '26', '永住申請', ['RES-PR']),
  q('natural-ja', '01', '難民 認定', ['RES-REF']),
  q('natural-ja', '47', '英語 心のケア', ['HLT-MNT'], 'en'),
  q('natural-ja', '23', 'ブラジル人 解雇', ['WRK-CND'], 'pt'),
  q('natural-ja', '10', 'ベトナム人 技能実習生 相談', ['WRK-PRG'], 'vi'),
  q('natural-ja', '21', '特定技能 転職', ['WRK-PRG', 'WRK-JOB']),
  q('natural-ja', '13', '韓国語 離婚', ['REG-FAM'], 'ko'),
  q('natural-ja', '04', '中国語 住民税', ['TAX'], 'zh-Hans'),
  q('natural-ja', '33', 'ミャンマー語 通訳', ['LNG'], 'my'),
  q('natural-ja', '43', '在留カード 紛失', ['RES-CRD']),
  q('natural-ja', '15', 'タイ語 病院', ['HLT-MED'], 'th'),
  q('natural-ja', '25', 'オーバーステイ', ['RES-VIO']),
  q('natural-ja', '24', 'ベトナム語 仕事探し', ['WRK-JOB'], 'vi'),
  q('natural-ja', '42', '差別 相談', ['RGT-DSC']),

  // Natural English.
  q('natural-en', '10', 'unpaid wages Vietnamese', ['WRK-CND'], 'vi'),
  q('natural-en', '13', 'domestic violence shelter Portuguese', ['FAM-DV'], 'pt'),
  q('natural-en', '27', 'medical interpreter Chinese', ['HLT-MED', 'LNG'], 'zh-Hans'),
  q('natural-en', '14', 'visa renewal English', ['RES-STS', 'RES-VSA'], 'en'),
  q('natural-en', '23', 'work injury Portuguese', ['WRK-SAF'], 'pt'),
  q('natural-en', '40', 'pension lump-sum withdrawal', ['SOC-PEN']),
  q('natural-en', '11', 'Japanese class for children', ['JPN']),
  q('natural-en', '22', 'school enrolment Spanish', ['EDU-SCH'], 'es'),
  q('natural-en', '13', 'harassment at work Nepali', ['WRK-HAR'], 'ne'),
  q('natural-en', '28', 'housing help Vietnamese', ['HOU'], 'vi'),
  q('natural-en', '26', 'refugee asylum', ['RES-REF']),
  q('natural-en', '12', 'mental health Tagalog', ['HLT-MNT'], 'fil'),
  q('natural-en', '34', 'health insurance Indonesian', ['SOC-INS'], 'id'),
  q('natural-en', '01', 'pregnancy childbirth English', ['FAM-PRG'], 'en'),
  q('natural-en', '47', 'lawyer overstay', ['RES-VIO']),
  q('natural-en', '10', 'Tiếng Việt labour consultation', ['WRK'], 'vi'),

  // Kana (readings typed without converting to kanji).
  q('kana', '10', 'ろうどうそうだん', ['WRK']),
  q('kana', '10', 'べとなむご ろうどう', ['WRK'], 'vi'),
  q('kana', '13', 'ねんきん', ['SOC-PEN']),
  q('kana', '23', 'ろうさい', ['WRK-SAF']),
  q('kana', '27', 'いりょうつうやく', ['HLT-MED', 'LNG']),
  q('kana', '14', 'にほんごきょうしつ', ['JPN']),
  q('kana', '22', 'こそだて ぽるとがるご', ['FAM-CC'], 'pt'),
  q('kana', '11', 'ざいりゅうしかく', ['RES-STS']),
  // ビザ at a counter mostly means the status of residence (ビザ更新 = 在留期間更新).
  q('kana', '40', 'びざ', ['RES-VSA', 'RES-STS']),
  q('kana', '28', 'すまい', ['HOU']),
  q('kana', '13', 'ﾍﾞﾄﾅﾑ語 ﾛｳｻｲ', ['WRK-SAF'], 'vi'),

  // Abbreviations and counter jargon.
  q('abbreviation', '10', '労基署', ['WRK-CND', 'WRK-SAF']),
  q('abbreviation', '13', 'ハロワ', ['WRK-JOB']),
  q('abbreviation', '27', '入管 手続き', ['RES-STS']),
  q('abbreviation', '23', '技能実習', ['WRK-PRG']),
  q('abbreviation', '14', '特定技能 ベトナム語', ['WRK-PRG'], 'vi'),
  q('abbreviation', '11', 'パワハラ', ['WRK-HAR']),
  q('abbreviation', '40', '労災', ['WRK-SAF']),
  q('abbreviation', '12', '未払い', ['WRK-CND']),
  q('abbreviation', '22', '脱退一時金 ポルトガル語', ['SOC-PEN'], 'pt'),
  q('abbreviation', '13', 'DV', ['FAM-DV']),
  q('abbreviation', '26', 'ビザ', ['RES-VSA', 'RES-STS']),
  q('abbreviation', '21', '在留カード', ['RES-CRD']),
  q('abbreviation', '10', '国保', ['SOC-INS']),
  q('abbreviation', '34', 'セクハラ 英語', ['WRK-HAR'], 'en'),
  q('abbreviation', '08', '残業代', ['WRK-CND']),

  // Typos (Latin text, one letter off).
  q('typo', '10', 'vietnames labor', ['WRK'], 'vi'),
  q('typo', '13', 'portugese domestic violence', ['FAM-DV'], 'pt'),
  q('typo', '23', 'penison', ['SOC-PEN']),
  q('typo', '27', 'interpeter chinese', ['LNG'], 'zh-Hans'),
  q('typo', '14', 'nepalli clinic', ['HLT-MED'], 'ne'),
  q('typo', '40', 'harrasment', ['WRK-HAR']),
  q('typo', '11', 'houssing english', ['HOU'], 'en'),

  // Text with form filters.
  q('mixed', '10', '未払い', ['WRK-CND'], 'vi', { language: 'vi' }),
  q('mixed', '13', 'shelter', ['FAM-DV'], 'pt', { domains: ['FAM-DV'], language: 'pt' }),
  q('mixed', '23', '相談', ['WRK'], 'pt', { domains: ['WRK'], language: 'pt' }),
  q('mixed', '27', 'ベトナム語', ['HLT'], 'vi', { domains: ['HLT'] }),
  q('mixed', '14', 'interpreter', ['LNG'], 'ne', { language: 'ne' }),
  q('mixed', '32', '労働', ['WRK'], 'vi', { language: 'vi' }),

  // Structured needs chosen in the form, no text.
  q('structured', '10', undefined, ['WRK-CND'], 'vi', { domains: ['WRK-CND'], language: 'vi' }),
  q('structured', '32', undefined, ['WRK'], 'vi', { domains: ['WRK'], language: 'vi' }),
  q('structured', '13', undefined, ['FAM-DV'], 'pt', { domains: ['FAM-DV'], language: 'pt' }),
  q('structured', '27', undefined, ['HLT-MED'], 'zh-Hans', { domains: ['HLT-MED'], language: 'zh-Hans' }),
  q('structured', '23', undefined, ['EDU-SCH'], 'pt', { domains: ['EDU-SCH'], language: 'pt' }),
  q('structured', '40', undefined, ['SOC-PEN'], undefined, { domains: ['SOC-PEN'] }),
  q('structured', '47', undefined, ['WRK-SAF'], 'ne', { domains: ['WRK-SAF'], language: 'ne' }),
  q('structured', '01', undefined, ['RES-STS'], 'en', { domains: ['RES-STS'], language: 'en' }),
  q('structured', '22', undefined, ['FAM-CC'], 'es', { domains: ['FAM-CC'], language: 'es' }),
  q('structured', '11', undefined, ['JPN'], undefined, { domains: ['JPN'] }),
  q('structured', '31', undefined, ['RES-REF'], 'my', { domains: ['RES-REF'], language: 'my' }),
  q('structured', '10', undefined, ['HOU'], 'vi', { domains: ['HOU'], language: 'vi' }),
];
