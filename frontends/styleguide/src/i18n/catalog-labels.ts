/**
 * Labels of the catalog's enums (办件类型, 事项类别, 材料形式, 办理渠道) for every app that shows matters:
 * spread into an app's `defineMessages` catalogue.
 */
export const catalogLabels = {
  'zh-CN': {
    'kind.INSTANT': '即办件',
    'kind.COMMITTED': '承诺件',
    'category.PERMIT': '行政许可',
    'category.CHANGE': '变更',
    'category.RENEWAL': '延续',
    'category.FILING': '备案',
    'category.CONFIRMATION': '确认',
    'category.OTHER': '其他',
    'form.ORIGINAL': '原件',
    'form.COPY': '复印件',
    'form.ELECTRONIC': '电子版',
    'channel.WINDOW': '窗口办理',
    'channel.ONLINE': '网上办理',
    'channel.MAIL': '邮寄办理',
    'channel.APPOINTMENT': '预约办理',
  },
  en: {
    'kind.INSTANT': 'Instant',
    'kind.COMMITTED': 'Committed',
    'category.PERMIT': 'Permit',
    'category.CHANGE': 'Change',
    'category.RENEWAL': 'Renewal',
    'category.FILING': 'Filing',
    'category.CONFIRMATION': 'Confirmation',
    'category.OTHER': 'Other',
    'form.ORIGINAL': 'Original',
    'form.COPY': 'Copy',
    'form.ELECTRONIC': 'Electronic',
    'channel.WINDOW': 'At the window',
    'channel.ONLINE': 'Online',
    'channel.MAIL': 'By mail',
    'channel.APPOINTMENT': 'By appointment',
  },
} as const;
