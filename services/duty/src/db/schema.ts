import { boolean, date, index, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const duty = pgSchema('duty');

export const staffPost = duty.enum('staff_post', ['ACCEPTANCE', 'APPROVAL', 'CONSULTATION', 'CHIEF_REPRESENTATIVE']);
export const windowCategory = duty.enum('window_category', [
  'COMPREHENSIVE',
  'SPECIALISED',
  'CONSULTATION',
  'PICKUP',
  'GREEN_CHANNEL',
  'SELF_SERVICE',
]);

export const staff = duty.table(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeNo: text('employee_no').notNull().unique(),
    name: text('name').notNull(),
    /** The sending department (catalog's Department id). */
    departmentId: uuid('department_id').notNull(),
    post: staffPost('post').notNull(),
    partyMember: boolean('party_member').notNull().default(false),
    postedSince: date('posted_since', { mode: 'string' }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('staff_department').on(table.departmentId)],
);

export const windows = duty.table('windows', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: text('number').notNull().unique(),
  name: text('name').notNull(),
  category: windowCategory('category').notNull(),
  hallZone: text('hall_zone').notNull(),
  active: boolean('active').notNull().default(true),
});

export const windowDepartments = duty.table(
  'window_departments',
  {
    windowId: uuid('window_id')
      .notNull()
      .references(() => windows.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.windowId, table.departmentId] }), index('window_departments_department').on(table.departmentId)],
);

export const tables = { staff, windows, windowDepartments };
export type DutyTables = typeof tables;
