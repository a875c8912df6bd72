/**
 * A small hand-written list of real municipality names per prefecture (public place names, no
 * addresses) and the approximate position of each prefectural capital, so synthetic partners get
 * plausible municipalities and coordinates. Street addresses, postal codes and phones stay fake.
 * Prefectures with many foreign residents list more municipalities, so partner names repeat less.
 */
export interface Municipality {
  /** As written in an address: 太田市, 新宿区, 札幌市中央区. */
  ja: string;
  /** English, as in a counter's name: Ota City, Shinjuku City, Sapporo Chuo Ward. */
  en: string;
  /** The short form used inside an organization's name: 太田, 新宿, 札幌. */
  shortJa: string;
  shortEn: string;
}

// [Japanese, English stem]; for a ward of a designated city the stem is "City Ward" (Sapporo Chuo).
const LISTS: Record<string, { names: [string, string][]; lat: number; lon: number }> = {
  '01': {
    names: [
      ['札幌市中央区', 'Sapporo Chuo'],
      ['札幌市北区', 'Sapporo Kita'],
      ['旭川市', 'Asahikawa'],
      ['函館市', 'Hakodate'],
      ['苫小牧市', 'Tomakomai'],
      ['帯広市', 'Obihiro'],
    ],
    lat: 43.06,
    lon: 141.35,
  },
  '02': {
    names: [
      ['青森市', 'Aomori'],
      ['八戸市', 'Hachinohe'],
      ['弘前市', 'Hirosaki'],
    ],
    lat: 40.82,
    lon: 140.74,
  },
  '03': {
    names: [
      ['盛岡市', 'Morioka'],
      ['一関市', 'Ichinoseki'],
      ['奥州市', 'Oshu'],
    ],
    lat: 39.7,
    lon: 141.15,
  },
  '04': {
    names: [
      ['仙台市青葉区', 'Sendai Aoba'],
      ['仙台市宮城野区', 'Sendai Miyagino'],
      ['石巻市', 'Ishinomaki'],
      ['大崎市', 'Osaki'],
    ],
    lat: 38.27,
    lon: 140.87,
  },
  '05': {
    names: [
      ['秋田市', 'Akita'],
      ['横手市', 'Yokote'],
      ['大仙市', 'Daisen'],
    ],
    lat: 39.72,
    lon: 140.1,
  },
  '06': {
    names: [
      ['山形市', 'Yamagata'],
      ['鶴岡市', 'Tsuruoka'],
      ['米沢市', 'Yonezawa'],
    ],
    lat: 38.24,
    lon: 140.36,
  },
  '07': {
    names: [
      ['福島市', 'Fukushima'],
      ['郡山市', 'Koriyama'],
      ['いわき市', 'Iwaki'],
      ['会津若松市', 'Aizuwakamatsu'],
    ],
    lat: 37.75,
    lon: 140.47,
  },
  '08': {
    names: [
      ['水戸市', 'Mito'],
      ['つくば市', 'Tsukuba'],
      ['常総市', 'Joso'],
      ['土浦市', 'Tsuchiura'],
      ['古河市', 'Koga'],
      ['神栖市', 'Kamisu'],
    ],
    lat: 36.34,
    lon: 140.45,
  },
  '09': {
    names: [
      ['宇都宮市', 'Utsunomiya'],
      ['小山市', 'Oyama'],
      ['真岡市', 'Moka'],
      ['足利市', 'Ashikaga'],
    ],
    lat: 36.57,
    lon: 139.88,
  },
  '10': {
    names: [
      ['前橋市', 'Maebashi'],
      ['高崎市', 'Takasaki'],
      ['伊勢崎市', 'Isesaki'],
      ['太田市', 'Ota'],
      ['大泉町', 'Oizumi'],
      ['館林市', 'Tatebayashi'],
    ],
    lat: 36.39,
    lon: 139.06,
  },
  '11': {
    names: [
      ['さいたま市浦和区', 'Saitama Urawa'],
      ['川口市', 'Kawaguchi'],
      ['川越市', 'Kawagoe'],
      ['蕨市', 'Warabi'],
      ['所沢市', 'Tokorozawa'],
      ['越谷市', 'Koshigaya'],
      ['戸田市', 'Toda'],
    ],
    lat: 35.86,
    lon: 139.65,
  },
  '12': {
    names: [
      ['千葉市中央区', 'Chiba Chuo'],
      ['船橋市', 'Funabashi'],
      ['市川市', 'Ichikawa'],
      ['松戸市', 'Matsudo'],
      ['柏市', 'Kashiwa'],
      ['成田市', 'Narita'],
    ],
    lat: 35.6,
    lon: 140.12,
  },
  '13': {
    names: [
      ['新宿区', 'Shinjuku'],
      ['江戸川区', 'Edogawa'],
      ['豊島区', 'Toshima'],
      ['八王子市', 'Hachioji'],
      ['港区', 'Minato'],
      ['足立区', 'Adachi'],
      ['江東区', 'Koto'],
      ['大田区', 'Ota'],
      ['板橋区', 'Itabashi'],
      ['台東区', 'Taito'],
      ['荒川区', 'Arakawa'],
      ['町田市', 'Machida'],
    ],
    lat: 35.69,
    lon: 139.69,
  },
  '14': {
    names: [
      ['横浜市中区', 'Yokohama Naka'],
      ['横浜市鶴見区', 'Yokohama Tsurumi'],
      ['川崎市川崎区', 'Kawasaki Kawasaki'],
      ['相模原市中央区', 'Sagamihara Chuo'],
      ['藤沢市', 'Fujisawa'],
      ['厚木市', 'Atsugi'],
      ['大和市', 'Yamato'],
    ],
    lat: 35.45,
    lon: 139.64,
  },
  '15': {
    names: [
      ['新潟市中央区', 'Niigata Chuo'],
      ['長岡市', 'Nagaoka'],
      ['上越市', 'Joetsu'],
    ],
    lat: 37.9,
    lon: 139.02,
  },
  '16': {
    names: [
      ['富山市', 'Toyama'],
      ['高岡市', 'Takaoka'],
      ['射水市', 'Imizu'],
    ],
    lat: 36.7,
    lon: 137.21,
  },
  '17': {
    names: [
      ['金沢市', 'Kanazawa'],
      ['小松市', 'Komatsu'],
      ['白山市', 'Hakusan'],
    ],
    lat: 36.59,
    lon: 136.63,
  },
  '18': {
    names: [
      ['福井市', 'Fukui'],
      ['越前市', 'Echizen'],
      ['坂井市', 'Sakai'],
    ],
    lat: 36.07,
    lon: 136.22,
  },
  '19': {
    names: [
      ['甲府市', 'Kofu'],
      ['甲斐市', 'Kai'],
      ['富士吉田市', 'Fujiyoshida'],
    ],
    lat: 35.66,
    lon: 138.57,
  },
  '20': {
    names: [
      ['長野市', 'Nagano'],
      ['松本市', 'Matsumoto'],
      ['上田市', 'Ueda'],
      ['飯田市', 'Iida'],
    ],
    lat: 36.65,
    lon: 138.18,
  },
  '21': {
    names: [
      ['岐阜市', 'Gifu'],
      ['可児市', 'Kani'],
      ['美濃加茂市', 'Minokamo'],
      ['大垣市', 'Ogaki'],
    ],
    lat: 35.39,
    lon: 136.72,
  },
  '22': {
    names: [
      ['静岡市葵区', 'Shizuoka Aoi'],
      ['浜松市中央区', 'Hamamatsu Chuo'],
      ['磐田市', 'Iwata'],
      ['富士市', 'Fuji'],
      ['湖西市', 'Kosai'],
      ['菊川市', 'Kikugawa'],
    ],
    lat: 34.98,
    lon: 138.38,
  },
  '23': {
    names: [
      ['名古屋市中区', 'Nagoya Naka'],
      ['名古屋市港区', 'Nagoya Minato'],
      ['豊田市', 'Toyota'],
      ['豊橋市', 'Toyohashi'],
      ['岡崎市', 'Okazaki'],
      ['小牧市', 'Komaki'],
      ['西尾市', 'Nishio'],
      ['知立市', 'Chiryu'],
    ],
    lat: 35.18,
    lon: 136.91,
  },
  '24': {
    names: [
      ['津市', 'Tsu'],
      ['四日市市', 'Yokkaichi'],
      ['鈴鹿市', 'Suzuka'],
      ['伊賀市', 'Iga'],
    ],
    lat: 34.73,
    lon: 136.51,
  },
  '25': {
    names: [
      ['大津市', 'Otsu'],
      ['長浜市', 'Nagahama'],
      ['湖南市', 'Konan'],
      ['甲賀市', 'Koka'],
    ],
    lat: 35.0,
    lon: 135.87,
  },
  '26': {
    names: [
      ['京都市中京区', 'Kyoto Nakagyo'],
      ['京都市左京区', 'Kyoto Sakyo'],
      ['宇治市', 'Uji'],
      ['舞鶴市', 'Maizuru'],
    ],
    lat: 35.02,
    lon: 135.76,
  },
  '27': {
    names: [
      ['大阪市北区', 'Osaka Kita'],
      ['大阪市生野区', 'Osaka Ikuno'],
      ['大阪市中央区', 'Osaka Chuo'],
      ['堺市堺区', 'Sakai Sakai'],
      ['東大阪市', 'Higashiosaka'],
      ['豊中市', 'Toyonaka'],
      ['八尾市', 'Yao'],
    ],
    lat: 34.69,
    lon: 135.52,
  },
  '28': {
    names: [
      ['神戸市中央区', 'Kobe Chuo'],
      ['神戸市長田区', 'Kobe Nagata'],
      ['姫路市', 'Himeji'],
      ['尼崎市', 'Amagasaki'],
      ['西宮市', 'Nishinomiya'],
    ],
    lat: 34.69,
    lon: 135.18,
  },
  '29': {
    names: [
      ['奈良市', 'Nara'],
      ['橿原市', 'Kashihara'],
      ['天理市', 'Tenri'],
    ],
    lat: 34.69,
    lon: 135.83,
  },
  '30': {
    names: [
      ['和歌山市', 'Wakayama'],
      ['田辺市', 'Tanabe'],
    ],
    lat: 34.23,
    lon: 135.17,
  },
  '31': {
    names: [
      ['鳥取市', 'Tottori'],
      ['米子市', 'Yonago'],
    ],
    lat: 35.5,
    lon: 134.24,
  },
  '32': {
    names: [
      ['松江市', 'Matsue'],
      ['出雲市', 'Izumo'],
    ],
    lat: 35.47,
    lon: 133.05,
  },
  '33': {
    names: [
      ['岡山市北区', 'Okayama Kita'],
      ['倉敷市', 'Kurashiki'],
      ['総社市', 'Soja'],
    ],
    lat: 34.66,
    lon: 133.93,
  },
  '34': {
    names: [
      ['広島市中区', 'Hiroshima Naka'],
      ['福山市', 'Fukuyama'],
      ['東広島市', 'Higashihiroshima'],
      ['呉市', 'Kure'],
    ],
    lat: 34.4,
    lon: 132.46,
  },
  '35': {
    names: [
      ['山口市', 'Yamaguchi'],
      ['下関市', 'Shimonoseki'],
      ['宇部市', 'Ube'],
    ],
    lat: 34.19,
    lon: 131.47,
  },
  '36': {
    names: [
      ['徳島市', 'Tokushima'],
      ['阿南市', 'Anan'],
    ],
    lat: 34.07,
    lon: 134.56,
  },
  '37': {
    names: [
      ['高松市', 'Takamatsu'],
      ['丸亀市', 'Marugame'],
    ],
    lat: 34.34,
    lon: 134.04,
  },
  '38': {
    names: [
      ['松山市', 'Matsuyama'],
      ['今治市', 'Imabari'],
      ['西条市', 'Saijo'],
    ],
    lat: 33.84,
    lon: 132.77,
  },
  '39': {
    names: [
      ['高知市', 'Kochi'],
      ['南国市', 'Nankoku'],
    ],
    lat: 33.56,
    lon: 133.53,
  },
  '40': {
    names: [
      ['福岡市博多区', 'Fukuoka Hakata'],
      ['福岡市中央区', 'Fukuoka Chuo'],
      ['北九州市小倉北区', 'Kitakyushu Kokurakita'],
      ['久留米市', 'Kurume'],
      ['飯塚市', 'Iizuka'],
    ],
    lat: 33.61,
    lon: 130.42,
  },
  '41': {
    names: [
      ['佐賀市', 'Saga'],
      ['唐津市', 'Karatsu'],
    ],
    lat: 33.25,
    lon: 130.3,
  },
  '42': {
    names: [
      ['長崎市', 'Nagasaki'],
      ['佐世保市', 'Sasebo'],
    ],
    lat: 32.74,
    lon: 129.87,
  },
  '43': {
    names: [
      ['熊本市中央区', 'Kumamoto Chuo'],
      ['菊陽町', 'Kikuyo'],
      ['八代市', 'Yatsushiro'],
    ],
    lat: 32.79,
    lon: 130.74,
  },
  '44': {
    names: [
      ['大分市', 'Oita'],
      ['別府市', 'Beppu'],
    ],
    lat: 33.24,
    lon: 131.61,
  },
  '45': {
    names: [
      ['宮崎市', 'Miyazaki'],
      ['都城市', 'Miyakonojo'],
    ],
    lat: 31.91,
    lon: 131.42,
  },
  '46': {
    names: [
      ['鹿児島市', 'Kagoshima'],
      ['霧島市', 'Kirishima'],
      ['薩摩川内市', 'Satsumasendai'],
    ],
    lat: 31.56,
    lon: 130.56,
  },
  '47': {
    names: [
      ['那覇市', 'Naha'],
      ['沖縄市', 'Okinawa'],
      ['浦添市', 'Urasoe'],
    ],
    lat: 26.21,
    lon: 127.68,
  },
};

function municipality([ja, stem]: [string, string]): Municipality {
  const ward = /^(.+?市)(.+区)$/.exec(ja);
  const city = ward ? ward[1] : ja;
  const bare = city.replace(/[市町村区]$/, '');
  const shortJa = bare.length >= 2 ? bare : city;
  const [firstStem] = stem.split(' ');
  const en = ward ? `${stem} Ward` : ja.endsWith('町') ? `${stem} Town` : `${stem} City`;
  return { ja, en, shortJa, shortEn: firstStem };
}

export const PLACES: Record<string, { municipalities: Municipality[]; lat: number; lon: number }> =
  Object.fromEntries(
    Object.entries(LISTS).map(([code, { names, lat, lon }]) => [
      code,
      { municipalities: names.map(municipality), lat, lon },
    ]),
  );
