import type { Graph } from '../../api/src/db/graph.js';
import { ReferenceCatalog } from '../../api/src/modules/reference/catalog.js';

/** A small in-memory catalog (a few prefectures, domains, languages, statuses) for unit tests. */
export async function testCatalog(): Promise<ReferenceCatalog> {
  const rows = {
    prefectures: [
      {
        code: '13',
        nameJa: '東京都',
        nameEn: 'Tokyo',
        blockCode: 'KANTO',
        bureauCode: 'TOKYO',
        borderCodes: [],
      },
      {
        code: '27',
        nameJa: '大阪府',
        nameEn: 'Osaka',
        blockCode: 'KINKI',
        bureauCode: 'OSAKA',
        borderCodes: [],
      },
    ],
    blocks: [],
    bureaus: [],
    domains: [
      { code: 'LABOR', nameJa: '労働', nameEn: 'Labour', parentCode: null },
      { code: 'LABOR_WAGES', nameJa: '賃金', nameEn: 'Wages', parentCode: 'LABOR' },
    ],
    languages: [
      { code: 'ja', nameJa: '日本語', nameEn: 'Japanese', priority: true },
      { code: 'en', nameJa: '英語', nameEn: 'English', priority: true },
      { code: 'zh-Hans', nameJa: '中国語（簡体字）', nameEn: 'Chinese (Simplified)', priority: true },
      { code: 'zh-Hant', nameJa: '中国語（繁体字）', nameEn: 'Chinese (Traditional)', priority: false },
      { code: 'ur', nameJa: 'ウルドゥー語', nameEn: 'Urdu', priority: false },
    ],
    statuses: [
      { code: 'SSW1', nameJa: '特定技能1号', nameEn: 'Specified Skilled Worker (i)', category: 'WORK' },
    ],
  };
  const graph = { readOne: async () => rows };
  const catalog = new ReferenceCatalog(graph as unknown as Graph);
  await catalog.refresh();
  return catalog;
}
