import type { Group, GroupMode } from '../../../shared/model.js';
import type { CreateWorkshopRequest } from '../../../shared/schemas.js';
import { problemOf, type Problem } from './friendlyError.js';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };

export interface CreatedWorkshop {
  id: string;
  code: string;
  facilitatorToken: string;
  title: string;
  groups: Group[];
  joinUrl: string;
  boardUrl: string;
  facilitatorUrl: string;
}

export interface JoinInfo {
  code: string;
  title: string;
  /** Absent from older servers: treat as `choose`. */
  groupMode?: GroupMode;
  cap?: number | null;
  groups: (Group & { members: number })[];
}

/** The two REST calls; errors come back as a Problem, never as a raw message. */
async function request<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  try {
    const response = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) return { ok: false, problem: problemOf(body) };
    return { ok: true, data: body as T };
  } catch {
    return { ok: false, problem: 'NETWORK' };
  }
}

export function createWorkshop(body: CreateWorkshopRequest): Promise<ApiResult<CreatedWorkshop>> {
  return request('/api/workshops', { method: 'POST', body: JSON.stringify(body) });
}

export function fetchJoinInfo(code: string): Promise<ApiResult<JoinInfo>> {
  return request(`/api/join/${encodeURIComponent(code)}`);
}
