import { describe, expect, it } from 'vitest';
import type { DashboardData } from './dashboard.graphql';
import { isUnavailable, unavailableSubgraphs } from './availability';

describe('unavailable sections', () => {
  it('takes the subgraph from extensions.service, else from the deepest field of the path', () => {
    expect([...unavailableSubgraphs([{ message: 'inspections is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'inspections' } }])]).toEqual(['inspections']);
    expect([...unavailableSubgraphs([{ message: 'x', path: ['departments', 3, 'dutyStats'] }])]).toEqual(['duty']);
    expect([...unavailableSubgraphs([{ message: 'x', path: ['queueWaitsByHour'] }])]).toEqual(['duty']);
    expect([...unavailableSubgraphs([{ message: 'x', path: ['departments'] }])]).toEqual(['catalog']);
    expect([...unavailableSubgraphs([{ message: 'no path, no service' }])]).toEqual([]);
  });

  it('marks a field unavailable when its subgraph is missing or when it is null', () => {
    const data = { caseStats: { accepted: 1 }, inspectionStats: null } as unknown as DashboardData;
    expect(isUnavailable('caseStats', data, new Set())).toBe(false);
    expect(isUnavailable('caseStats', data, new Set(['cases']))).toBe(true);
    expect(isUnavailable('inspectionStats', data, new Set())).toBe(true);
    expect(isUnavailable('caseStats', null, new Set())).toBe(true);
  });
});
