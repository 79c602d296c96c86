/** Element Plus tag types; `danger` is the hall's 中国红, for overdue and red-card states. */
export type StatusTone = 'primary' | 'success' | 'warning' | 'danger' | 'info';
