export const certificatesJa = {
  'workshops.eligibility.RENEWAL': '更新研修（認定の最終年・期限切れの方）',
  'notifications.kind.CERTIFICATE_RENEWAL_DUE':
    '認定証の有効期限（{title}）が近づいています。更新研修をご確認ください',
} as const satisfies Record<string, string>;
