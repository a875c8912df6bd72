import type { Bilingual } from './archetype-types.js';

/**
 * How a description names each leaf support domain, with the words coordinators search for
 * (未払い賃金, 脱退一時金, ビザ, unpaid wages, visa…). Japanese phrases are nouns that read before
 * 「の相談」; English ones read after "help with".
 */
export const DOMAIN_PHRASES: Record<string, Bilingual> = {
  'RES-STS': [
    'ビザ（在留資格）の変更・在留期間の更新',
    'visa (status of residence) changes and extensions of stay',
  ],
  'RES-PR': ['永住許可の申請', 'permanent residence applications'],
  'RES-CRD': ['在留カード・マイナンバーカードの手続', 'residence card and My Number Card procedures'],
  'RES-VSA': ['ビザ（査証）の取得や家族の呼び寄せ', 'visas and bringing family members to Japan'],
  'RES-ACT': ['資格外活動許可（アルバイト）', 'permission to work part-time outside the status of residence'],
  'RES-REF': ['難民認定申請・補完的保護', 'refugee status applications and complementary protection'],
  'RES-NAT': ['帰化申請・無国籍', 'naturalization and statelessness'],
  'RES-VIO': [
    'オーバーステイ・退去強制・在留特別許可',
    'overstay, deportation and special permission to stay',
  ],
  'REG-RES': ['転入・転出など住民票の届出', 'resident registration (juminhyo) and moving notifications'],
  'REG-FAM': ['結婚・離婚・出生届など身分関係の手続', 'marriage, divorce and birth registration'],
  'WRK-JOB': ['仕事探し・就職・転職', 'finding work and changing jobs'],
  'WRK-CND': [
    '未払い賃金・残業代・解雇など労働条件',
    'working conditions such as unpaid wages, overtime pay and dismissal',
  ],
  'WRK-SAF': [
    '労災（仕事中のけが・病気）と職場の安全',
    'work injury compensation (rosai) and workplace safety',
  ],
  'WRK-HAR': [
    'パワハラ・セクハラなど職場のハラスメント',
    'harassment at work (power harassment, sexual harassment)',
  ],
  'WRK-VOC': ['職業訓練・資格の取得', 'vocational training and qualifications'],
  'WRK-PRG': [
    '技能実習・育成就労・特定技能の転籍やトラブル',
    'technical intern training, ESD and specified skilled worker issues (job transfers, problems with employers)',
  ],
  'HLT-MED': ['病院の受診・医療通訳・医療費', 'seeing a doctor, medical interpreting and medical bills'],
  'HLT-PUB': ['健康診断・予防接種などの保健', 'health check-ups and vaccinations'],
  'HLT-MNT': ['こころの悩み（メンタルヘルス）', 'mental health and emotional distress'],
  'SOC-INS': ['健康保険・国民健康保険の加入と保険料', 'health insurance and National Health Insurance'],
  'SOC-PEN': ['年金の加入・脱退一時金', 'pensions and the pension lump-sum withdrawal payment'],
  'SOC-LTC': ['介護保険・介護サービス', 'long-term care insurance and care services'],
  'SOC-PA': ['生活保護・生活困窮・食料支援', 'public assistance, poverty and food support'],
  'SOC-WEL': ['障害福祉・ひとり親支援などの福祉制度', 'welfare services (disability, single parents)'],
  'FAM-PRG': ['妊娠・出産・母子健康手帳', 'pregnancy, childbirth and the maternal and child health handbook'],
  'FAM-CC': ['子育て・保育園・児童手当', 'childcare, nursery schools and child allowance'],
  'FAM-DV': ['DV（配偶者などからの暴力）・シェルターへの避難', 'domestic violence and getting to a shelter'],
  'EDU-SCH': ['子どもの就学・転入学・不就学', 'school enrolment and children out of school'],
  'EDU-SCL': ['高校・大学への進学・奨学金', 'getting into high school or university and scholarships'],
  JPN: ['日本語学習・日本語教室', 'learning Japanese and Japanese classes'],
  TAX: ['住民税・所得税・確定申告', 'inhabitant tax, income tax and tax returns'],
  HOU: ['住まい探し・賃貸契約・公営住宅', 'finding a home, rental contracts and public housing'],
  DIS: ['防災・災害時の避難と情報', 'disaster preparedness and evacuation information'],
  TRA: ['運転免許の切替・交通安全', 'converting a driving licence and traffic safety'],
  LNG: ['通訳・翻訳', 'interpreting and translation'],
  'RGT-DSC': [
    '差別・ヘイトスピーチなどの人権問題',
    'discrimination, hate speech and other human rights problems',
  ],
  'RGT-TRF': ['人身取引（人身売買）の被害', 'human trafficking'],
  'RGT-CRM': ['犯罪被害・防犯', 'crime victims and crime prevention'],
  LEG: [
    '借金・契約トラブル・交通事故などの法律問題',
    'legal problems such as debts, contract disputes and traffic accidents',
  ],
  FIN: ['銀行口座の開設・海外送金', 'opening a bank account and sending money abroad'],
  LIF: ['ごみの出し方など日本での生活ルール', 'rules of daily life such as rubbish sorting'],
  OTH: ['その他の暮らしの困りごと', 'other everyday problems'],
};
