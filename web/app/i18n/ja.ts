// Japanese is the portal's default language. Keys are "<area>.<thing>"; `{name}` marks a parameter.
export const ja = {
  'app.name': 'つなぐ Tsunagu',
  'app.tagline': '外国人支援コーディネーターの連携ポータル',
  'app.skipToContent': 'メインコンテンツへ移動',
  'app.footer': '外国人支援コーディネーターのための情報共有・連携ポータル',
  'app.syntheticNote': '表示されている「デモ」表記の情報は、動作確認用の架空のデータです。',

  'nav.label': 'メインメニュー',
  'nav.home': 'ホーム',

  'section.search.title': '検索',
  'section.search.description':
    '相談内容・言語・地域から、相談者をつなぐのに適した連携先を探せるようにします。',
  'section.directory.title': '名簿・連携先',
  'section.directory.description': '養成研修修了者の名簿と、分野・地域ごとの連携先の一覧です。',
  'section.bulletin.title': '掲示板',
  'section.bulletin.description':
    '出入国在留管理庁からの事務連絡や、法令・制度の最新情報をお知らせする掲示板です。',
  'section.surveys.title': 'アンケート',
  'section.surveys.description':
    '修了者の皆さまからご要望や活動状況をお聞きし、研修・認定制度の見直しに活かすアンケートです。',
  'section.workshops.title': '事例研究会',
  'section.workshops.description':
    '個人情報と守秘義務に配慮しながら、修了者どうしで事例を共有し学び合う事例研究会の案内と申込みです。',
  'section.gaps.title': '不足している連携先',
  'section.gaps.description':
    '地域で見つからなかった連携先をコーディネーターが報告し、国・地方公共団体が地域ごとの不足を把握できるようにします。',
  'section.accounts.title': 'アカウント',
  'section.accounts.description': 'ポータルのアカウントと、そのログイン状況を確認します。',

  'role.COORDINATOR': '外国人支援コーディネーター',
  'role.ISA_ADMIN': '出入国在留管理庁 管理者',
  'role.WORKSHOP_ORGANIZER': '事例研究会 主催者',
  'role.LOCAL_GOV': '地方公共団体 職員',

  'profile.label': 'アカウントメニュー',
  'profile.role': '役割',
  'profile.language': '表示言語',
  'profile.signOut': 'ログアウト',
  'profile.signOutEverywhere': 'すべての端末からログアウト',
  'lang.ja': '日本語',
  'lang.en': 'English',

  'home.title': 'ホーム',
  'home.greeting': 'ようこそ、{name}さん',
  'home.sectionsHeading': 'ご利用いただける機能',

  'login.title': 'ログイン',
  'login.intro':
    '外国人支援コーディネーター向けポータルです。登録されたメールアドレスとパスワードでログインしてください。',
  'login.email': 'メールアドレス',
  'login.password': 'パスワード',
  'login.submit': 'ログイン',
  'login.error.missing': 'メールアドレスとパスワードを入力してください。',
  'login.error.invalid': '入力内容を確認してください。',
  'login.error.wrongCredentials': 'メールアドレスまたはパスワードが正しくありません。',
  'login.error.tooManyAttempts':
    'ログインの失敗が続いたため、一時的にログインできません。{minutes}分後にもう一度お試しください。',
  'login.error.unexpected': 'ログインできませんでした。しばらくしてからもう一度お試しください。',
  'login.signedOut': 'ログアウトしました。',

  'placeholder.status': '準備中',
  'placeholder.body': 'このページは現在開発中です。公開までお待ちください。',

  'directory.partnersHeading': '連携先',
  'directory.coordinatorsHeading': '修了者名簿',
  'directory.filterLegend': '絞り込み',
  'directory.name': '氏名',
  'directory.prefecture': '都道府県',
  'directory.allPrefectures': 'すべての都道府県',
  'directory.apply': '絞り込む',
  'directory.partnersEmpty': '条件に合う連携先はありません。',
  'directory.coordinatorsEmpty': '条件に合う修了者はいません。',
  'directory.coordinatorsForbidden': 'ご利用の役割では修了者名簿を閲覧できません。',
  'directory.nationwide': '全国',
  'directory.remote': '遠隔対応',
  'directory.synthetic': 'デモ',
  'directory.domains': '分野',
  'directory.languages': '言語',
  'directory.cohort': '{year}年度 認定',
  'directory.email': '連絡先',
  'directory.kind.ADM': '行政機関',
  'directory.kind.SPI': '専門機関',
  'directory.kind.SUP': '支援団体',
  'directory.kind.EXP': '専門家',
  'directory.kind.SVC': 'サービス提供者',
  'directory.kind.INT': '通訳・翻訳',

  'pagination.label': 'ページ送り',
  'pagination.next': '次のページ',
  'pagination.first': '最初のページ',

  'accounts.caption': 'ポータルのアカウント一覧',
  'accounts.name': '氏名',
  'accounts.email': 'メールアドレス',
  'accounts.role': '役割',
  'accounts.failedSignIns': 'ログイン失敗回数',
  'accounts.lockedUntil': 'ロック解除日時',
  'accounts.activeSessions': '有効なセッション',
  'accounts.notLocked': 'ロックなし',
  'accounts.empty': 'アカウントはありません。',

  'error.backHome': 'ホームへ戻る',
  'error.400.title': 'リクエストを処理できませんでした',
  'error.400.body': 'リンクが古くなっている可能性があります。最初のページからやり直してください。',
  'error.403.title': 'このページを表示する権限がありません',
  'error.403.body':
    'ご利用の役割では、このページを表示できません。必要な場合は管理者にお問い合わせください。',
  'error.404.title': 'ページが見つかりません',
  'error.404.body': 'お探しのページは移動または削除されたか、アドレスが間違っている可能性があります。',
  'error.500.title': '問題が発生しました',
  'error.500.body': '申し訳ありません。時間をおいてもう一度お試しください。',
  'error.503.title': 'ただいま利用できません',
  'error.503.body': 'サーバーに接続できませんでした。時間をおいてもう一度お試しください。',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof ja;
