/** The organizer's REST calls; every token travels in an Authorization header. */

export interface SessionSummary {
  id: string;
  code: string;
  title: string;
  createdAt: string;
  seq?: number;
  lastEventAt?: string;
  counts?: { participants: number; groups: number; cards: number; themes: number };
}

export type Result<T> = { ok: true; data: T } | { ok: false; status: number };

async function call<T>(
  path: string,
  token: string | null,
  init: RequestInit = {},
): Promise<Result<T>> {
  try {
    const response = await fetch(path, {
      ...init,
      cache: 'no-store',
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    if (!response.ok) return { ok: false, status: response.status };
    if (response.status === 204) return { ok: true, data: undefined as T };
    return { ok: true, data: (await response.json()) as T };
  } catch {
    return { ok: false, status: 0 };
  }
}

export function fetchSession(id: string, token: string): Promise<Result<SessionSummary>> {
  return call(`/api/workshops/${encodeURIComponent(id)}`, token);
}

export async function fetchAllSessions(adminToken: string): Promise<Result<SessionSummary[]>> {
  const reply = await call<{ workshops: SessionSummary[] }>('/api/workshops', adminToken);
  return reply.ok ? { ok: true, data: reply.data.workshops } : reply;
}

export function deleteSession(id: string, token: string): Promise<Result<void>> {
  return call(`/api/workshops/${encodeURIComponent(id)}`, token, { method: 'DELETE' });
}

export interface Imported {
  id: string;
  code: string;
  title: string;
  facilitatorToken: string;
  facilitatorUrl: string;
}

export function importArchive(archiveText: string): Promise<Result<Imported>> {
  return call('/api/workshops/import', null, { method: 'POST', body: archiveText });
}
