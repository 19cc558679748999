import { Router, type Request } from 'express';
import { normalizeJoinCode, isJoinCode } from '../../shared/joinCode.js';
import { CreateWorkshopSchema, describeIssues } from '../../shared/schemas.js';
import { BUILT_IN_TEMPLATES, type Template } from '../../shared/templates/index.js';
import type { PublicState } from '../../shared/model.js';
import type { Limiters } from '../limits.js';
import type { WorkshopService } from '../WorkshopService.js';

const CUSTOM: Template = {
  id: 'custom',
  name: 'Own agenda',
  description: '',
  steps: [],
  examples: [],
  themes: [],
};

const DEFAULT_GROUP_COUNT = 4;

/** Where links point: PUBLIC_URL when set (behind a proxy), else the host the request came to. */
export function baseUrl(req: Request, publicUrl?: string): string {
  return publicUrl?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host')}`;
}

/** The 201 body for a new session (created or imported): its ids, token and links. */
export function createdBody(
  created: { id: string; code: string; facilitatorToken: string; state: PublicState },
  base: string,
) {
  return {
    id: created.id,
    code: created.code,
    facilitatorToken: created.facilitatorToken,
    title: created.state.workshop.title,
    groups: created.state.groups,
    joinUrl: `${base}/j/${created.code}`,
    boardUrl: `${base}/b/${created.code}`,
    // The token rides in the fragment, which browsers never send to a server.
    facilitatorUrl: `${base}/f/${created.id}#token=${created.facilitatorToken}`,
  };
}

/** Per-address throttles of the REST API; `addressOf` knows whether to trust a proxy. */
export interface RestLimits {
  limiters: Limiters;
  addressOf: (req: Request) => string;
}

export function workshopsRouter(
  service: WorkshopService,
  publicUrl?: string,
  limits?: RestLimits,
): Router {
  const router = Router();

  router.post('/workshops', async (req, res) => {
    const throttled = await limits?.limiters.spend(['workshopsPerAddress', limits.addressOf(req)]);
    if (throttled) {
      res.status(429).json(throttled);
      return;
    }
    const parsed = CreateWorkshopSchema.safeParse(req.body);
    if (!parsed.success) {
      res
        .status(400)
        .json({ ok: false, code: 'INVALID_PAYLOAD', message: describeIssues(parsed.error) });
      return;
    }
    const { title, groups, groupCount, template: templateId, agenda, anonymous } = parsed.data;
    let template = templateId ? BUILT_IN_TEMPLATES[templateId] : undefined;
    if (templateId && !template) {
      res.status(400).json({
        ok: false,
        code: 'INVALID_PAYLOAD',
        message: `unknown template "${templateId}"; built in: ${Object.keys(BUILT_IN_TEMPLATES).join(', ')}`,
      });
      return;
    }
    // A facilitator's own agenda (saved from an earlier session) replaces the template's.
    if (agenda) template = { ...(template ?? CUSTOM), steps: agenda };
    const names =
      groups ??
      template?.groupNames ??
      Array.from({ length: groupCount ?? DEFAULT_GROUP_COUNT }, (_, i) => `Table ${i + 1}`);
    const created = await service.create(title, names, { template, anonymous });
    res.status(201).json(createdBody(created, baseUrl(req, publicUrl)));
  });

  /** What a phone needs before joining: the title and the groups to choose from. */
  router.get('/join/:code', async (req, res) => {
    // An oracle for join codes, like the handshake: the same guessing budget applies.
    const address = limits?.addressOf(req) ?? '';
    const guessing = await limits?.limiters.exhausted('failedJoinsPerAddress', address);
    if (guessing) {
      res.status(429).json(guessing);
      return;
    }
    const code = normalizeJoinCode(req.params.code);
    const workshop = isJoinCode(code) ? await service.getByCode(code) : null;
    if (!workshop) {
      await limits?.limiters.spend(['failedJoinsPerAddress', address]);
      res
        .status(404)
        .json({ ok: false, code: 'NOT_FOUND', message: `there is no session with code ${code}` });
      return;
    }
    const { state } = workshop;
    res.json({
      code: state.workshop.code,
      title: state.workshop.title,
      // Phones hide the group choice unless participants choose (auto / assign place them).
      groupMode: state.groupSettings.mode,
      cap: state.groupSettings.cap,
      groups: state.groups.map((g) => ({
        ...g,
        members: state.participants.filter((p) => p.groupId === g.id).length,
      })),
    });
  });

  /** The built-in templates, for the landing page. */
  router.get('/templates', (_req, res) => {
    res.json({
      templates: Object.values(BUILT_IN_TEMPLATES).map(({ id, name, description, steps }) => ({
        id,
        name,
        description,
        steps: steps.map((s) => s.title),
      })),
    });
  });

  return router;
}
