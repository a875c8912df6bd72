import type { MessageKey } from './ja';

// Typed against the Japanese catalog: a missing or extra key is a compile error.
export const en: Record<MessageKey, string> = {
  'app.name': 'つなぐ Tsunagu',
  'app.tagline': 'Partner network for Support Coordinators for Foreign Nationals',
  'app.skipToContent': 'Skip to main content',
  'app.footer': 'Information-sharing and partner portal for Support Coordinators for Foreign Nationals',
  'app.syntheticNote': 'Entries marked "Demo" are fictitious data for trying out the portal.',

  'nav.label': 'Main menu',
  'nav.home': 'Home',

  'section.search.title': 'Search',
  'section.search.description':
    'Will find the partners best placed to help a client, by consultation topic, language and region.',
  'section.directory.title': 'Directory',
  'section.directory.description':
    'The directory of training-program graduates and of partners by domain and region.',
  'section.bulletin.title': 'Bulletin',
  'section.bulletin.description':
    'Will carry administrative notices from the Immigration Services Agency and updates on laws and institutions.',
  'section.surveys.title': 'Surveys',
  'section.surveys.description':
    'Will collect graduates’ requests and activity reports to improve the training and certification system.',
  'section.workshops.title': 'Workshops',
  'section.workshops.description':
    'Will announce case-study workshops where graduates share cases confidentially, and take sign-ups.',
  'section.gaps.title': 'Gaps',
  'section.gaps.description':
    'Will let coordinators report partners missing in their area, so national and local governments can see shortages by region.',
  'section.accounts.title': 'Accounts',
  'section.accounts.description': 'Portal accounts and their sign-in state.',

  'role.COORDINATOR': 'Support Coordinator',
  'role.ISA_ADMIN': 'ISA administrator',
  'role.WORKSHOP_ORGANIZER': 'Workshop organizer',
  'role.LOCAL_GOV': 'Local government official',

  'profile.label': 'Account menu',
  'profile.role': 'Role',
  'profile.language': 'Language',
  'profile.signOut': 'Sign out',
  'profile.signOutEverywhere': 'Sign out on all devices',
  'lang.ja': '日本語',
  'lang.en': 'English',

  'home.title': 'Home',
  'home.greeting': 'Welcome, {name}',
  'home.sectionsHeading': 'Your sections',

  'login.title': 'Sign in',
  'login.intro':
    'The portal for Support Coordinators for Foreign Nationals. Sign in with your registered e-mail address and password.',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.error.missing': 'Enter your e-mail address and password.',
  'login.error.invalid': 'Please check what you entered.',
  'login.error.wrongCredentials': 'The e-mail address or password is incorrect.',
  'login.error.tooManyAttempts': 'Too many failed sign-ins. Please try again in {minutes} minutes.',
  'login.error.unexpected': 'We could not sign you in. Please try again later.',
  'login.signedOut': 'You have signed out.',

  'placeholder.status': 'Being built',
  'placeholder.body': 'This section is being built and is not available yet.',

  'directory.partnersHeading': 'Partners',
  'directory.coordinatorsHeading': 'Graduate directory',
  'directory.filterLegend': 'Filter',
  'directory.name': 'Name',
  'directory.prefecture': 'Prefecture',
  'directory.allPrefectures': 'All prefectures',
  'directory.apply': 'Apply',
  'directory.partnersEmpty': 'No partners match.',
  'directory.coordinatorsEmpty': 'No graduates match.',
  'directory.coordinatorsForbidden': 'Your role cannot view the graduate directory.',
  'directory.nationwide': 'Nationwide',
  'directory.remote': 'Remote',
  'directory.synthetic': 'Demo',
  'directory.domains': 'Domains',
  'directory.languages': 'Languages',
  'directory.cohort': 'Certified FY{year}',
  'directory.email': 'Contact',
  'directory.kind.ADM': 'Administrative agency',
  'directory.kind.SPI': 'Specialized institution',
  'directory.kind.SUP': 'Support group',
  'directory.kind.EXP': 'Expert',
  'directory.kind.SVC': 'Service provider',
  'directory.kind.INT': 'Interpreting and translation',

  'pagination.label': 'Pagination',
  'pagination.next': 'Next page',
  'pagination.first': 'First page',

  'accounts.caption': 'Portal accounts',
  'accounts.name': 'Name',
  'accounts.email': 'E-mail',
  'accounts.role': 'Role',
  'accounts.failedSignIns': 'Failed sign-ins',
  'accounts.lockedUntil': 'Locked until',
  'accounts.activeSessions': 'Active sessions',
  'accounts.notLocked': 'Not locked',
  'accounts.empty': 'No accounts.',

  'error.backHome': 'Back to home',
  'error.400.title': 'We could not handle that request',
  'error.400.body': 'The link may be out of date. Please start again from the first page.',
  'error.403.title': 'You do not have access to this page',
  'error.403.body': 'Your role cannot open this page. Ask an administrator if you need access.',
  'error.404.title': 'Page not found',
  'error.404.body': 'The page may have moved or been removed, or the address may be wrong.',
  'error.500.title': 'Something went wrong',
  'error.500.body': 'Sorry about that. Please try again in a little while.',
  'error.503.title': 'Temporarily unavailable',
  'error.503.body': 'We could not reach the server. Please try again in a little while.',
};
