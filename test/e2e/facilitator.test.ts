import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/clients.js';
import { hasChromium, useHarness } from './harness.js';

/**
 * The facilitator's screen in real Chromium, as a new facilitator would use it: create a
 * session from the library-partnerships template on the landing page, see the nine examples,
 * run the agenda and its timer, suggest themes (in the browser's worker) and accept them, move
 * a card with the Move to… menu, run a vote, download an export, find the session on the
 * organizer page. Participants are real sockets; every wait is on something visible.
 */

const COUNTRIES = [
  'Indonesia',
  'Vietnam',
  'Romania',
  'Latvia',
  'Ukraine',
  'Lithuania',
  'Colombia',
  'Moldova',
  'Poland',
];

const STORIES = [
  'The employment office and our library run job training for teenagers who left school.',
  'Digital skills courses for early school leavers, taught with a local IT company.',
  'Young people without a diploma learn computer skills and write CVs with volunteers.',
  'The municipality funds our new community centre in exchange for e-government help desks.',
  'Local government and the library agreed on shared development priorities for the town.',
  'A regional council now consults the library when planning community services.',
  'Solo librarians in villages meet online every month to learn from each other.',
  'Library staff get new training content through a partnership with the university.',
  'A mentoring network reduces the isolation of rural librarians.',
  'A bank sponsors financial literacy workshops for seniors at the library.',
  'A telecom company donated internet access for the reading room.',
  'Private sponsors pay for the summer reading programme for children.',
];

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
    };
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<Result> } })
      .axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

describe.skipIf(!hasChromium)('facilitator screen in Chromium', () => {
  const people: TestClient[] = [];
  const h = useHarness(() => {
    for (const p of people) p.close();
  });

  const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

  it('runs the seed workshop: template, agenda, timer, themes, Move to…, voting, export', async () => {
    // CSP forbids inline scripts, and axe-core is injected as one.
    const page = await h.open({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const a11y: Record<string, string[]> = {};
    const audit = async (screen: string) => {
      const found = await seriousViolations(page);
      if (found.length) a11y[screen] = found;
    };

    // Landing: start from the built-in template.
    await page.goto('/');
    const template = page.getByRole('radio', { name: /A World of Powerful Partnerships/ });
    await template.check();
    expect(await page.getByLabel('Session title').inputValue()).toBe(
      'A World of Powerful Partnerships',
    );
    await page.getByLabel('How many groups?').fill('3');
    await h.shot(page, 'landing-create-1440');
    await audit('landing');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.waitForURL(/\/f\/[^/#]+$/);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();

    // The nine examples, each with its country, for the whole room.
    const room = page.getByRole('region', { name: 'For the whole room' });
    for (const country of COUNTRIES)
      await room.locator('.card__country', { hasText: country }).waitFor();
    expect(await room.locator('article').count()).toBe(9);
    const code = ((await page.locator('.fac__code').textContent()) ?? '')
      .replace(/\D*Join code\s*/i, '')
      .trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await h.shot(page, 'facilitator-lobby-1440', false);

    // Run the agenda: start, the timer counts down in server time; next step; pause and resume.
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { name: 'Examples from around the world' }).waitFor();
    await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/^\d{1,2}:\d\d$/);
    await page.getByRole('button', { name: /^Next: Share your partnership stories/ }).click();
    await page.getByRole('heading', { name: 'Share your partnership stories' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Share your partnership stories' })
      .filter({ hasText: 'Now' })
      .waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText('Paused', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();

    // Three participants share their stories from their phones (real sockets).
    for (const [i, name] of ['Oksana', 'Budi', 'Ana'].entries()) {
      const person = await new TestClient(h.baseUrl, { role: 'participant', code, name }).ready();
      people.push(person);
      for (const text of STORIES.slice(i * 4, i * 4 + 4)) {
        const reply = await person.socket
          .timeout(10_000)
          .emitWithAck('card:post', { text, kind: 'example' });
        expect(reply.ok).toBe(true);
      }
    }
    for (const text of STORIES) await page.getByText(text).first().waitFor();
    await h.shot(page, 'facilitator-run-1440');
    await audit('run');

    // Groups: who is where, each group's own join link.
    await tab(page, 'Groups').click();
    await page.getByRole('region', { name: 'Table 1' }).waitFor();
    expect(await page.getByRole('link', { name: /\?group=/ }).count()).toBe(3);
    await h.shot(page, 'facilitator-groups-1440');
    await audit('groups');

    // Themes: suggestions come from the worker in this browser; preview, accept all.
    await tab(page, 'Themes').click();
    await page.getByRole('button', { name: 'Suggest themes' }).click();
    const preview = page.getByRole('region', { name: 'Suggested themes' });
    await preview.waitFor({ timeout: 90_000 });
    // Worker, not the server's fallback.
    expect(await preview.getByText('Suggested by the server').count()).toBe(0);
    await h.shot(page, 'facilitator-themes-preview-1440');
    await audit('themes-preview');
    await preview.getByRole('button', { name: 'Accept all' }).click();
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo last suggestion' }).waitFor();

    // Move a card with the Move to… menu (keyboard and touch friendly).
    const story = STORIES[9]!;
    const menu = page.getByLabel(`Move card “${story.slice(0, 60)}” to`);
    const options = (await menu.locator('option').allTextContents()).slice(1);
    const target = options.find((o) => o !== 'Unsorted') ?? options[0]!;
    await menu.selectOption({ label: target });
    await page.getByRole('region', { name: target, exact: true }).getByText(story).waitFor();
    await h.shot(page, 'facilitator-themes-1440');
    await audit('themes');

    // Cards: moderation list.
    await tab(page, 'Cards').click();
    await page.getByRole('heading', { name: 'All cards' }).waitFor();
    await h.shot(page, 'facilitator-cards-1440', false);
    await audit('cards');

    // Voting: open on themes, a participant votes, close, final ranking.
    await tab(page, 'Voting').click();
    await page.getByRole('button', { name: 'Open voting' }).click();
    await page.getByRole('button', { name: 'Close voting and show results' }).waitFor();
    const voter = people[0]!;
    await voter.until(() => voter.state?.voting?.status === 'open');
    const themeId = voter.state!.themes.find((t) => t.label === target)!.id;
    const vote = await voter.socket.timeout(10_000).emitWithAck('vote:cast', { targetId: themeId });
    expect(vote.ok).toBe(true);
    await page.getByText('1 of 3 people voted').waitFor();
    await page.getByRole('button', { name: 'Close voting and show results' }).click();
    await page.getByRole('heading', { name: 'Final results' }).waitFor();
    const first = page.locator('.results__item').first();
    expect(await first.textContent()).toContain(target);
    await h.shot(page, 'facilitator-voting-1440');
    await audit('voting');

    // Share & export: the CSV downloads (fetch with the token, then a blob) and has the cards.
    await tab(page, 'Share & export').click();
    await page.locator('.join-code', { hasText: code }).waitFor();
    await h.shot(page, 'facilitator-share-1440');
    await audit('share');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    for (const text of STORIES) expect(csv).toContain(text);
    expect(csv).toContain('Community members connected with e-governance services');

    const [archive] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Archive \(JSON\)/ }).click(),
    ]);
    const archivePath = (await archive.path())!;

    // Organizer page: this browser's sessions; an archive comes back as a new session.
    await page.goto('/organizer');
    await page.getByRole('link', { name: 'A World of Powerful Partnerships' }).waitFor();
    await h.shot(page, 'organizer-1440');
    await audit('organizer');
    const before = new URL(page.url()).pathname;
    await page.locator('input[type="file"]').setInputFiles(archivePath);
    await page.waitForURL(/\/f\/[^/#]+$/);
    expect(new URL(page.url()).pathname).not.toBe(before);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await page.getByText(STORIES[0]!).first().waitFor();

    // The agenda editor: add a step and save it; the imported session has the new step.
    await page.getByRole('button', { name: 'Edit agenda' }).click();
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page
      .getByRole('group', { name: 'Step 7' })
      .getByLabel('Title')
      .fill('Coffee and next steps');
    await page.getByRole('button', { name: 'Save agenda' }).click();
    await page.locator('.agenda__title', { hasText: 'Coffee and next steps' }).waitFor();

    // Usable on a tablet too.
    await page.setViewportSize({ width: 1024, height: 768 });
    await h.shot(page, 'facilitator-run-1024', false);

    // No serious or critical accessibility problem on any section (axe-core).
    expect(a11y).toEqual({});
  }, 240_000);
});
