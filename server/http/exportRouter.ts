import express, { Router, type Request, type Response } from 'express';
import { buildArchive } from '../../shared/export/archive.js';
import { renderCsv } from '../../shared/export/csv.js';
import { isoDate, slugify } from '../../shared/export/exportModel.js';
import { renderHtml } from '../../shared/export/html.js';
import { renderMarkdown } from '../../shared/export/markdown.js';
import type { ErrorCode } from '../../shared/errorCodes.js';
import { replay } from '../../shared/evolve.js';
import type { PublicState } from '../../shared/model.js';
import { importArchive } from '../importArchive.js';
import { tokenMatches, hashToken } from '../secrets.js';
import { rooms } from '../socket/rooms.js';
import type { AppServer } from '../socket/types.js';
import type { Store } from '../store/Store.js';
import type { LiveWorkshop, WorkshopService } from '../WorkshopService.js';
import { baseUrl, createdBody } from './workshopsRouter.js';

export const EXPORT_FORMATS = ['md', 'csv', 'xlsx', 'json', 'docx', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

/** An archive is larger than any command: its own body limit, before the app's 64 kb one. */
export const IMPORT_LIMIT = '5mb';

export interface ExportRouterDeps {
  service: WorkshopService;
  store: Store;
  /** With ADMIN_TOKEN set, its bearer may list, export and delete every session. */
  adminToken?: string;
  publicUrl?: string;
  now?: () => Date;
  /** Socket.IO, to disconnect the screens of a deleted session (a getter: made after routes). */
  io?: () => AppServer;
}

function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ ok: false, code, message });
}

export function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match ? match[1]! : null;
}

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(
  kind: 'attachment' | 'inline',
  title: string,
  date: string,
  ext: string,
): string {
  const name = `${slugify(title)}-${date}.${ext}`;
  const ascii =
    name.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || `workshop-${date}.${ext}`;
  const fallback = /^[-.]/.test(ascii) ? `workshop${ascii}` : ascii;
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Exports, import, the organizer's list and deletion:
 * - `GET  /workshops/:id/export?format=md|csv|xlsx|json|docx|html` (facilitator or admin token)
 * - `POST /workshops/import` (an archive from `format=json`) → a new session
 * - `GET  /workshops` (admin token) and `GET /workshops/:id` (facilitator or admin token)
 * - `DELETE /workshops/:id` (facilitator or admin token)
 * Mount it before the app's own body parser: the import takes a larger body.
 */
export function exportRouter(deps: ExportRouterDeps): Router {
  const { service, store } = deps;
  const now = deps.now ?? (() => new Date());
  const adminHash = deps.adminToken ? hashToken(deps.adminToken) : null;
  const isAdmin = (token: string) => adminHash !== null && tokenMatches(token, adminHash);
  const router = Router();

  /** The session, once the bearer is its facilitator (or the admin); else answers and null. */
  async function authorize(req: Request, res: Response): Promise<LiveWorkshop | null> {
    const token = bearerToken(req);
    if (!token) {
      refuse(res, 401, 'UNAUTHORIZED', 'send the facilitator token as "Authorization: Bearer …"');
      return null;
    }
    const id = String(req.params.id);
    const workshop = /^[A-Za-z0-9_-]{1,64}$/.test(id)
      ? await service.get(id, { fresh: true })
      : null;
    if (!workshop) {
      refuse(res, 404, 'NOT_FOUND', 'there is no such session');
      return null;
    }
    if (!service.isFacilitator(workshop, token) && !isAdmin(token)) {
      refuse(res, 403, 'FORBIDDEN', 'this token does not open this session');
      return null;
    }
    return workshop;
  }

  router.get('/workshops/:id/export', async (req, res) => {
    const workshop = await authorize(req, res);
    if (!workshop) return;
    const format = String(req.query.format ?? 'md').toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      refuse(res, 400, 'INVALID_PAYLOAD', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
      return;
    }
    const exportedAt = now().toISOString();
    // One consistent cut of the log: the snapshot is the fold of exactly these events.
    const events = await service.eventsSince(workshop.id, 0);
    const state = (replay(events) ?? workshop.state) as PublicState;
    const options = { exportedAt };
    const ext = format as ExportFormat;

    let body: string | Buffer;
    switch (ext) {
      case 'md':
        body = renderMarkdown(state, options);
        break;
      case 'csv':
        body = renderCsv(state, options);
        break;
      case 'html':
        body = renderHtml(state, options);
        break;
      case 'json':
        body = JSON.stringify(buildArchive(state, events, options), null, 2) + '\n';
        break;
      case 'xlsx':
        // Loaded on first use: the office formats' libraries are big and most servers never need them.
        body = await (await import('../export/xlsx.js')).renderXlsx(state, options);
        break;
      case 'docx':
        body = await (await import('../export/docx.js')).renderDocx(state, options);
        break;
    }
    res.set({
      'Content-Type': CONTENT_TYPES[ext],
      'Content-Disposition': contentDisposition(
        ext === 'html' ? 'inline' : 'attachment',
        state.workshop.title,
        isoDate(exportedAt),
        ext,
      ),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    // The print page has no scripts; nothing in it may run or load any.
    if (ext === 'html')
      res.set(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
      );
    res.status(200).send(body);
  });

  router.post('/workshops/import', express.json({ limit: IMPORT_LIMIT }), async (req, res) => {
    const result = await importArchive(store, req.body);
    if (!result.ok) {
      refuse(res, 400, result.code, `not an Otterboard archive: ${result.message}`);
      return;
    }
    res.status(201).json(createdBody(result, baseUrl(req, deps.publicUrl)));
  });

  router.get('/workshops', async (req, res) => {
    const token = bearerToken(req);
    if (!token) {
      refuse(res, 401, 'UNAUTHORIZED', 'send the admin token as "Authorization: Bearer …"');
      return;
    }
    if (!adminHash) {
      refuse(res, 403, 'FORBIDDEN', 'listing all sessions needs ADMIN_TOKEN set on the server');
      return;
    }
    if (!isAdmin(token)) {
      refuse(res, 403, 'FORBIDDEN', 'this is not the admin token');
      return;
    }
    res.set('Cache-Control', 'no-store');
    res.json({ workshops: await store.listWorkshops() });
  });

  router.get('/workshops/:id', async (req, res) => {
    const workshop = await authorize(req, res);
    if (!workshop) return;
    const { state } = workshop;
    res.set('Cache-Control', 'no-store');
    res.json({
      id: state.workshop.id,
      code: state.workshop.code,
      title: state.workshop.title,
      createdAt: state.workshop.createdAt,
      seq: state.seq,
      counts: {
        participants: state.participants.length,
        groups: state.groups.length,
        cards: state.cards.length,
        themes: state.themes.length,
      },
    });
  });

  router.delete('/workshops/:id', async (req, res) => {
    const workshop = await authorize(req, res);
    if (!workshop) return;
    await service.delete(workshop.id);
    deps.io?.().in(rooms.all(workshop.id)).disconnectSockets(true);
    res.status(204).end();
  });

  return router;
}
