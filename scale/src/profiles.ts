/** How big a generated hall or city is. `test` is small enough for the test suite; `city` is issue 8's target. */
export interface ScaleProfile {
  name: ScaleName;
  departments: number;
  matters: number;
  windowsPerDepartment: number;
  staffPerDepartment: number;
  supervisors: number;
  cases: number;
  /** Calendar days of history ending at the generation's `until` day. */
  days: number;
  inspections: number;
  /** Complaints per 1,000 cases. */
  complaintsPerThousandCases: number;
}

export const SCALE_NAMES = ['test', 'hall', 'city'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export const PROFILES: Record<ScaleName, ScaleProfile> = {
  test: {
    name: 'test',
    departments: 6,
    matters: 60,
    windowsPerDepartment: 2,
    staffPerDepartment: 4,
    supervisors: 6,
    cases: 3_000,
    days: 60,
    inspections: 120,
    complaintsPerThousandCases: 3,
  },
  // One busy hall: PRODUCT.md's 27 departments, 232 matters and 600+ cases a working day, over two years.
  hall: {
    name: 'hall',
    departments: 28,
    matters: 240,
    windowsPerDepartment: 2,
    staffPerDepartment: 6,
    supervisors: 20,
    cases: 150_000,
    days: 730,
    inspections: 2_000,
    complaintsPerThousandCases: 3,
  },
  city: {
    name: 'city',
    departments: 300,
    matters: 5_000,
    windowsPerDepartment: 2,
    staffPerDepartment: 10,
    supervisors: 60,
    cases: 1_000_000,
    days: 730,
    inspections: 20_000,
    complaintsPerThousandCases: 3,
  },
};
