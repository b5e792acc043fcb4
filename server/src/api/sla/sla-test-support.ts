import { expect } from 'vitest';
import type { HttpResult } from '../../test/http-client';
import type { AgentClient } from '../../test/http-client';

export interface ErrorRes {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

type TargetRow = Record<'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes', number | null>;
const off: TargetRow = { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null };

/** Targets with the given row for every priority. */
export function sameTargets(row: Partial<TargetRow>) {
  const target = { ...off, ...row };
  return { critical: target, high: target, normal: target, low: target };
}

/** Bogotá office hours, Monday to Friday 08:00–18:00. */
export const officeHours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));

/** DELETE through the test client (it has no helper for it). */
export function del<T = unknown>(client: AgentClient, path: string): Promise<HttpResult<T>> {
  return client.request<T>('DELETE', path);
}

/** Asserts a 4xx naming `field` in its issues. */
export function expectFieldError(res: HttpResult, status: number, field: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const body = res.body as ErrorRes;
  expect(body.error.issues?.map((i) => i.path)).toContain(field);
}
