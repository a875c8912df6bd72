import { describe, expect, it } from 'vitest';
import { partnerNameKey } from '../../../api/src/modules/directory/partner-keys.js';
import { readReferenceData } from '../data-files.js';
import { ARCHETYPES } from './archetypes.js';
import { DOMAIN_PHRASES } from './domain-phrases.js';
import { countRelationships, generateSyntheticDataset, leafDomainsOf, type PartnerRow } from './generate.js';
import { PLACES } from './places.js';

const ref = readReferenceData();
const SIZES = {
  coordinators: 400,
  partners: 4_000,
  referrals: 6_000,
  endorsements: 500,
  peerLinksPerCoordinator: 4,
};
const leaves = leafDomainsOf(ref);
const foreignLanguages = (p: PartnerRow) => p.languages.filter((l) => l !== 'ja' && l !== 'ja-plain');

describe('synthetic data generator', () => {
  const a = generateSyntheticDataset(ref, SIZES, 7);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateSyntheticDataset(ref, SIZES, 7)).toEqual(a);
    expect(generateSyntheticDataset(ref, SIZES, 8).partners[0]).not.toEqual(a.partners[0]);
  });

  it('makes every name visibly synthetic', () => {
    expect(
      a.coordinators.every((c) => c.displayName.startsWith('【架空】') && c.nameEn.includes('[synthetic]')),
    ).toBe(true);
    expect(
      a.partners.every((p) => p.name.startsWith('【架空】') && p.alternateName.startsWith('[synthetic]')),
    ).toBe(true);
    expect(a.coordinators.every((c) => c.email.endsWith('@synthetic.tsunagu.example'))).toBe(true);
  });

  it('gives prefectures with many foreign residents more partners', () => {
    const count = (code: string) => a.partners.filter((p) => p.prefecture === code).length;
    expect(count('13')).toBeGreaterThan(count('31') * 5); // Tokyo vs Tottori
  });

  it('spreads languages like resident nationalities (Chinese and Vietnamese lead, Mongolian is rare)', () => {
    const offering = (code: string) => a.partners.filter((p) => p.languages.includes(code)).length;
    expect(offering('zh-Hans')).toBeGreaterThan(offering('mn') * 3);
    expect(offering('vi')).toBeGreaterThan(offering('mn') * 3);
  });

  it('references only known codes and keeps referrals mostly local', () => {
    const domains = new Set(ref.domains.map((d) => d.code));
    const languages = new Set(ref.languages.map((l) => l.code));
    expect(
      a.partners.every(
        (p) => p.domains.every((d) => domains.has(d)) && p.languages.every((l) => languages.has(l)),
      ),
    ).toBe(true);
    const coordPref = new Map(a.coordinators.map((c) => [c.id, c.prefecture]));
    const partnerPref = new Map(a.partners.map((p) => [p.id, p.prefecture]));
    const local = a.referrals.filter((r) => coordPref.get(r.c) === partnerPref.get(r.p)).length;
    expect(local / a.referrals.length).toBeGreaterThan(0.5);
    expect(local / a.referrals.length).toBeLessThan(0.95);
  });

  it('counts the relationships it will create', () => {
    expect(countRelationships(a)).toBeGreaterThan(SIZES.partners * 3 + SIZES.referrals);
  });
});

describe('synthetic partner archetypes', () => {
  const { partners } = generateSyntheticDataset(ref, SIZES, 7);
  const named = (word: string | RegExp) =>
    partners.filter((p) => (typeof word === 'string' ? p.name.includes(word) : word.test(p.name)));

  it('cover every leaf domain with known codes, and every partner serves some leaf domain', () => {
    const kinds = new Set(ref.partnerKinds.map((k) => k.code));
    const served = new Set(ARCHETYPES.flatMap((x) => [...x.core, ...x.extras]));
    expect(leaves.filter((d) => !served.has(d))).toEqual([]);
    expect([...served].filter((d) => !leaves.includes(d))).toEqual([]);
    expect(ARCHETYPES.every((x) => kinds.has(x.kind) && x.core.length > 0)).toBe(true);
    const inData = new Set(partners.flatMap((p) => p.domains));
    expect(leaves.filter((d) => !inData.has(d))).toEqual([]);
    expect(leaves.every((d) => DOMAIN_PHRASES[d])).toBe(true);
  });

  // [name contains, kind, domains it must serve, domains it may serve (besides those)]
  const RULES: [string | RegExp, string | null, string[], RegExp][] = [
    [/労働(者)?相談/, null, ['WRK-CND'], /^(WRK-.*|SOC-INS|SOC-PEN)$/],
    ['社会保険労務士', 'EXP', ['WRK-CND', 'SOC-INS'], /^(WRK-CND|WRK-SAF|SOC-INS|SOC-PEN)$/],
    ['医療通訳', 'INT', ['LNG', 'HLT-MED'], /^(LNG|HLT-.*|FAM-PRG)$/],
    ['通訳翻訳センター', 'INT', ['LNG'], /^(LNG|LEG|RES-STS)$/],
    ['日本語', null, ['JPN'], /^(JPN|LIF|EDU-.*|RES-ACT)$/],
    ['子ども日本語教室', 'SUP', ['JPN', 'EDU-SCH'], /^(JPN|EDU-.*)$/],
    ['行政書士', 'EXP', ['RES-STS'], /^RES-/],
    ['法律事務所', 'EXP', ['LEG'], /^(LEG|RES-VIO|RES-REF|FAM-DV|REG-FAM|WRK-CND)$/],
    [/DV|女性サポート|シェルター/, null, ['FAM-DV'], /^(FAM-.*|RGT-TRF|HOU|LEG|HLT-MNT)$/],
    ['多文化共生相談窓口', 'ADM', ['LIF', 'RES-STS', 'REG-RES'], /./],
    ['国際交流協会', 'SUP', ['LIF', 'JPN', 'DIS', 'LNG'], /^(EDU-SCH|FAM-CC|HOU|OTH)$/],
    ['国際クリニック', 'SPI', ['HLT-MED'], /^(HLT-.*|FAM-PRG|SOC-INS)$/],
    ['年金', null, ['SOC-PEN'], /^SOC-(PEN|INS)$/],
    [/こころの相談|カウンセリング/, null, ['HLT-MNT'], /^(HLT-M.*|FAM-CC)$/],
    ['子ども家庭支援', 'SPI', ['FAM-CC'], /^(FAM-PRG|EDU-SCH|SOC-WEL)$/],
    ['住まい相談', 'SVC', ['HOU'], /^LIF$/],
    ['生活困窮', 'SPI', ['SOC-PA', 'SOC-WEL'], /^(HOU|SOC-LTC|FAM-CC)$/],
    ['技能実習・特定技能', 'SPI', ['WRK-PRG', 'WRK-CND', 'RES-STS'], /^(WRK-.*|LIF|HOU)$/],
    ['就労支援', 'ADM', ['WRK-JOB', 'WRK-VOC'], /^(WRK-CND|SOC-INS)$/],
    ['学習支援', 'SUP', ['EDU-SCH', 'EDU-SCL'], /^(JPN|FAM-CC)$/],
    ['防災', null, ['DIS'], /^(LNG|LIF)$/],
  ];
  it.each(RULES)('partners named %s serve what their name says', (word, kind, must, may) => {
    const matching = named(word);
    expect(matching.length).toBeGreaterThan(0);
    for (const p of matching) {
      if (kind) expect(p.kind, p.name).toBe(kind);
      expect(
        must.filter((d) => !p.domains.includes(d)),
        p.name,
      ).toEqual([]);
      expect(
        p.domains.filter((d) => !must.includes(d) && !may.test(d)),
        p.name,
      ).toEqual([]);
    }
  });

  it('never repeats a name key in a prefecture, nor among nationwide partners', () => {
    expect(partners.every((p) => p.nameKey === partnerNameKey(p.name))).toBe(true);
    const keys = partners.map((p) => `${p.prefecture ?? 'NATIONWIDE'}|${p.nameKey}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('locates a partner in the municipality its name states', () => {
    let stating = 0;
    for (const p of partners.filter((x) => x.prefecture)) {
      const prefectureShort = ref.prefectures
        .find((x) => x.code === p.prefecture)!
        .nameJa.replace(/[都府県]$/, '');
      const stated = PLACES[p.prefecture!].municipalities.filter(
        (m) => p.name.includes(m.ja) || (m.shortJa !== prefectureShort && p.name.includes(m.shortJa)),
      );
      if (!stated.length) continue;
      stating++;
      expect(
        stated.map((m) => m.ja),
        p.name,
      ).toContain(p.municipality);
    }
    expect(stating).toBeGreaterThan(500);
  });

  it('writes varied Japanese and English descriptions from the domains and languages', () => {
    expect(new Set(partners.map((p) => p.description)).size).toBeGreaterThan(partners.length * 0.8);
    const names = new Map(ref.languages.map((l) => [l.code, l]));
    for (const p of partners) {
      expect(p.description.startsWith('【架空】'), p.name).toBe(true);
      expect(p.description).toContain('[synthetic] ');
      expect(p.description).not.toMatch(/[{}]/);
      for (const l of p.languages) {
        expect(p.description, p.name).toContain(names.get(l)!.nameJa);
        expect(p.description, p.name).toContain(names.get(l)!.nameEn);
      }
      for (const d of p.domains) expect(p.description, p.name).toContain(DOMAIN_PHRASES[d][0]);
    }
    const words: [string, string[]][] = [
      ['WRK-CND', ['未払い賃金', '残業代', 'unpaid wages', 'overtime']],
      ['WRK-SAF', ['労災', 'work injury']],
      ['WRK-HAR', ['パワハラ', 'harassment']],
      ['SOC-PEN', ['脱退一時金', 'pension lump-sum withdrawal']],
      ['FAM-DV', ['DV', 'シェルター', 'domestic violence', 'shelter']],
      ['RES-STS', ['ビザ', '在留資格', 'visa']],
    ];
    for (const [domain, searchWords] of words) {
      const serving = partners.filter((p) => p.domains.includes(domain));
      for (const w of searchWords)
        expect(
          serving.every((p) => p.description.includes(w)),
          w,
        ).toBe(true);
    }
  });

  it("uses a domain's search words only in partners serving that domain", () => {
    const SEARCH_WORDS: [string, string[]][] = [
      ['未払い賃金', ['WRK-CND']],
      ['unpaid wages', ['WRK-CND']],
      ['労災', ['WRK-SAF']],
      ['パワハラ', ['WRK-HAR']],
      ['harassment', ['WRK-HAR']],
      ['脱退一時金', ['SOC-PEN']],
      ['pension', ['SOC-PEN']],
      ['シェルター', ['FAM-DV']],
      ['domestic violence', ['FAM-DV']],
      ['ビザ', ['RES-STS', 'RES-VSA']],
      ['visa', ['RES-STS', 'RES-VSA']],
      ['在留カード', ['RES-CRD', 'RES-STS']],
      ['通訳', ['LNG', 'HLT-MED']],
      ['難民', ['RES-REF']],
      ['生活保護', ['SOC-PA']],
      ['防災', ['DIS']],
      ['職業訓練', ['WRK-VOC']],
      ['技能実習', ['WRK-PRG']],
      ['離婚', ['REG-FAM']],
      ['ごみ', ['LIF']],
    ];
    for (const [word, domains] of SEARCH_WORDS) {
      const using = partners.filter((p) => p.description.includes(word));
      expect(using.length, word).toBeGreaterThan(0);
      const stray = using.filter((p) => !p.domains.some((d) => domains.includes(d))).map((p) => p.name);
      expect(stray, word).toEqual([]);
    }
  });

  it('draws languages by the kind of partner, always with Japanese', () => {
    expect(
      partners.every((p) => p.languages[0] === 'ja' && new Set(p.languages).size === p.languages.length),
    ).toBe(true);
    for (const p of named(/医療通訳の会|通訳翻訳センター/)) {
      expect(foreignLanguages(p).length, p.name).toBeGreaterThanOrEqual(2);
      expect(foreignLanguages(p).length, p.name).toBeLessThanOrEqual(6);
    }
    for (const p of named('日本語教室')) {
      expect(p.languages, p.name).toContain('ja-plain');
      expect(foreignLanguages(p).length, p.name).toBeLessThanOrEqual(2);
    }
    const communities = named(/人コミュニティ|人互助会|^【架空】在日/);
    expect(communities.length).toBeGreaterThan(20);
    expect(communities.every((p) => foreignLanguages(p).length === 1)).toBe(true);
    expect(named('ベトナム人').every((p) => p.languages.includes('vi'))).toBe(true);
    const counters = named('多文化共生相談窓口');
    expect(counters.reduce((n, p) => n + foreignLanguages(p).length, 0) / counters.length).toBeGreaterThan(3);
  });

  it('tilts languages by region: Portuguese is commoner in Gunma, Shizuoka and Aichi than in Tokyo', () => {
    const share = (prefectures: string[]) => {
      const local = partners.filter((p) => prefectures.includes(p.prefecture!));
      return local.filter((p) => p.languages.includes('pt')).length / local.length;
    };
    expect(share(['10', '22', '23'])).toBeGreaterThan(share(['13']) * 1.5);
  });

  it('has Vietnamese-speaking labour consultants in many prefectures, not in every Gunma labour partner', () => {
    const labour = partners.filter((p) => p.domains.includes('WRK-CND'));
    const viPrefectures = new Set(labour.filter((p) => p.languages.includes('vi')).map((p) => p.prefecture));
    expect(viPrefectures.size).toBeGreaterThan(10);
    const gunma = labour.filter((p) => p.prefecture === '10');
    expect(gunma.length).toBeGreaterThan(2);
    expect(gunma.some((p) => !p.languages.includes('vi'))).toBe(true);
  });

  it('states hours, fees and eligibility that fit the kind, and remote modes only for remote partners', () => {
    const marked = partners.every(
      (p) =>
        p.openingHours.startsWith('【架空】') &&
        p.fees.startsWith('【架空】') &&
        (p.eligibility === null || (p.eligibility.startsWith('【架空】') && !p.eligibility.includes('{'))),
    );
    expect(marked).toBe(true);
    expect(named('クリニック').every((p) => p.openingHours.includes('診療時間'))).toBe(true);
    expect(named('法律事務所').every((p) => p.fees.includes('初回'))).toBe(true);
    expect(named('多文化共生相談窓口').every((p) => p.fees.startsWith('【架空】無料'))).toBe(true);
    for (const p of partners) {
      expect(p.remoteModes.length > 0, p.name).toBe(p.remote);
      expect(p.remoteModes.every((m) => m === 'PHONE' || m === 'ONLINE')).toBe(true);
      if (p.remoteModes.includes('PHONE')) expect(p.phones.length, p.name).toBeGreaterThan(0);
    }
    const shelters = partners.filter((p) => p.sensitiveAddress);
    expect(shelters.length).toBeGreaterThan(0);
    expect(shelters.every((p) => p.domains.includes('FAM-DV') && p.prefecture !== null)).toBe(true);
  });

  it('makes about 2% of partners national hotlines or online services without a prefecture', () => {
    const national = partners.filter((p) => p.nationwide);
    expect(national.length / partners.length).toBeGreaterThan(0.01);
    expect(national.length / partners.length).toBeLessThan(0.035);
    expect(national.every((p) => p.prefecture === null && p.remote && p.municipality === null)).toBe(true);
  });
});

describe('synthetic referrals', () => {
  const { coordinators, partners, referrals } = generateSyntheticDataset(ref, SIZES, 7);
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const coordinatorById = new Map(coordinators.map((c) => [c.id, c]));

  it('refer to a partner serving the domain, in a language it offers', () => {
    for (const r of referrals) {
      const p = partnerById.get(r.p)!;
      expect(p.domains, r.id).toContain(r.domain);
      expect(p.languages, r.id).toContain(r.language);
    }
  });

  it("are often about the coordinator's own domains and prefer a foreign language both speak", () => {
    const own = referrals.filter((r) => coordinatorById.get(r.c)!.domains.includes(r.domain)).length;
    expect(own / referrals.length).toBeGreaterThan(0.4);
    const sharing = referrals.filter((r) => {
      const c = coordinatorById.get(r.c)!;
      return partnerById
        .get(r.p)!
        .languages.some((l) => l !== 'ja' && l !== 'ja-plain' && c.languages.includes(l));
    });
    expect(sharing.length).toBeGreaterThan(100);
    const inShared = sharing.filter((r) => r.language !== 'ja' && r.language !== 'ja-plain').length;
    expect(inShared / sharing.length).toBeGreaterThan(0.7);
  });
});
