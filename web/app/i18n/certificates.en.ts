export const certificatesEn = {
  'workshops.eligibility.RENEWAL': 'Renewal training (final year of a certificate, or expired)',
  'notifications.kind.CERTIFICATE_RENEWAL_DUE':
    'Your certificate expires on {title}; see the renewal trainings',
} as const satisfies Record<string, string>;
