import { createHallI18n } from './define-messages';

/** Words every app needs; an app keeps its own words in its own catalogue. */
export const { t, i18n: commonI18n } = createHallI18n({
  'zh-CN': {
    'common.loading': '加载中…',
    'common.empty': '暂无数据',
    'common.retry': '重试',
    'common.none': '—',
    'common.free': '免费',
    'unit.workingDays': '{n} 个工作日',
    'unit.onTheSpot': '即时办结',
    'error.network': '无法连接到服务，请检查网络后重试',
    'error.unauthenticated': '登录已失效，请重新登录',
    'error.forbidden': '您没有权限查看此内容',
    'error.notFound': '未找到相关内容',
    'error.badInput': '输入有误：{detail}',
    'error.conflict': '数据已被他人更新，请刷新后重试',
    'error.unknown': '服务暂时不可用，请稍后重试',
    'role.public': '公众',
    'role.staff': '窗口工作人员',
    'role.dept_admin': '部门管理员',
    'role.supervisor': '社会监督员',
    'role.manager': '大厅管理员',
  },
  en: {
    'common.loading': 'Loading…',
    'common.empty': 'Nothing here yet',
    'common.retry': 'Retry',
    'common.none': '—',
    'common.free': 'Free',
    'unit.workingDays': '{n} working day | {n} working days',
    'unit.onTheSpot': 'On the spot',
    'error.network': 'Cannot reach the service. Check the connection and retry.',
    'error.unauthenticated': 'Your sign-in has expired. Please sign in again.',
    'error.forbidden': 'You are not allowed to see this.',
    'error.notFound': 'Not found.',
    'error.badInput': 'Invalid input: {detail}',
    'error.conflict': 'Someone else changed this. Refresh and retry.',
    'error.unknown': 'The service is unavailable. Please retry later.',
    'role.public': 'Public',
    'role.staff': 'Window staff',
    'role.dept_admin': 'Department admin',
    'role.supervisor': 'Social supervisor',
    'role.manager': 'Hall manager',
  },
});

export type CommonMessageKey = Parameters<typeof t>[0];
