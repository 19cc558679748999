import { describe, expect, it } from 'vitest';
import { hasChromium, useHarness, type Harness } from './harness.js';

/**
 * The live loop in a real browser: a facilitator creates a session on the landing page, a
 * 360 px phone joins through the join link and posts a card, and the projector board and the
 * facilitator's screen both show it. Every wait is on something visible; nothing sleeps.
 */

const CARD_TEXT =
  'Our library and the regional employment office run weekly job-search clinics for young people.';

describe.skipIf(!hasChromium)('live loop in Chromium', () => {
  const h = useHarness();

  const open: Harness['open'] = (options) => h.open(options);
  const shot = (page: Parameters<Harness['shot']>[0], name: string) => h.shot(page, name);

  it('a phone joins through the link, posts a card, and the board and facilitator show it', async () => {
    // The facilitator creates a session on the landing page.
    const facilitator = await open({ viewport: { width: 1440, height: 900 } });
    await facilitator.goto('/');
    await shot(facilitator, 'landing-1440');
    await facilitator.getByLabel('Session title').fill('A World of Powerful Partnerships');
    await facilitator.getByRole('radio', { name: 'Name the groups' }).check();
    await facilitator
      .getByLabel('Group names, one per line')
      .fill('Moldova & Ukraine\nIndonesia & Vietnam\nLatvia & Lithuania');
    await facilitator.getByRole('button', { name: 'Create session' }).click();
    await facilitator.waitForURL(/\/f\/[^/#]+$/);
    // The token was taken from the fragment into local storage and left the address bar.
    expect(new URL(facilitator.url()).hash).toBe('');
    const code = (await facilitator.locator('.join-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await facilitator.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await facilitator.getByRole('img', { name: 'QR code to join the session' }).waitFor();
    const joinUrl = await facilitator
      .getByRole('textbox', { name: 'Join link' })
      .first()
      .inputValue();
    expect(joinUrl).toBe(`${h.baseUrl}/j/${code}`);
    await shot(facilitator, 'facilitator-empty-1440');

    // The projector shows how to join while the board is empty.
    const board = await open({ viewport: { width: 1920, height: 1080 } });
    await board.goto(`/b/${code}`);
    await board.getByRole('img', { name: 'QR code to join the session' }).waitFor();
    await board.locator('.lobby__code', { hasText: code }).waitFor();
    await shot(board, 'board-lobby-1920');

    // A phone opens the join link, picks a group and joins.
    const phone = await open({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto('/');
    await phone.getByRole('heading', { name: 'Join a session' }).waitFor();
    await shot(phone, 'landing-360');
    await phone.goto(joinUrl);
    await phone.getByRole('heading', { name: 'A World of Powerful Partnerships' }).waitFor();
    await shot(phone, 'phone-join-360');
    await phone.getByLabel('Your name').fill('Oksana');
    await phone.getByRole('radio', { name: /Moldova & Ukraine/ }).check();
    await phone.getByRole('button', { name: 'Join' }).tap();
    await phone.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await phone.getByRole('heading', { name: 'Add a card' }).waitFor();

    // It posts a card; the draft is on the device until the post is sent.
    await phone.getByRole('textbox', { name: 'Your card' }).fill(CARD_TEXT);
    await phone.getByLabel('Country (optional)').fill('Moldova');
    await shot(phone, 'phone-compose-360');
    await phone.getByRole('button', { name: 'Post card' }).tap();
    const posted = phone.locator('.cardlist article', { hasText: CARD_TEXT });
    await posted.waitFor();
    // Delivered: the outbox entry gave way to the card from the workshop log.
    await phone.locator('.cardlist article:not([aria-busy])', { hasText: CARD_TEXT }).waitFor();
    expect(await phone.getByRole('textbox', { name: 'Your card' }).inputValue()).toBe('');
    await shot(phone, 'phone-posted-360');

    // The board leaves the lobby and shows the card in its group's column.
    const boardColumn = board.getByRole('region', { name: /Moldova & Ukraine/ });
    await boardColumn.getByText(CARD_TEXT).waitFor();
    await shot(board, 'board-cards-1920');

    // The facilitator sees the new member and the card in the group.
    const group = facilitator.getByRole('region', { name: 'Moldova & Ukraine' });
    await group.getByRole('listitem').filter({ hasText: 'Oksana' }).first().waitFor();
    await group.getByText(CARD_TEXT).waitFor();
    await shot(facilitator, 'facilitator-cards-1440');

    // A reload brings the same person back, with the card, without joining again.
    await phone.reload();
    await phone.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await phone.locator('.cardlist article', { hasText: CARD_TEXT }).waitFor();
    expect(await group.locator('.member').count()).toBe(1);
    expect(await board.getByText(CARD_TEXT).count()).toBe(1);

    // Offline: the card waits in the outbox, on the device, and goes once the network is back.
    const OFFLINE_TEXT = 'Posted while the venue Wi-Fi was down: the card waits on the phone.';
    await phone.context().setOffline(true);
    await phone
      .getByRole('status')
      .filter({ hasText: /Offline|Reconnecting/ })
      .waitFor();
    await phone.getByRole('textbox', { name: 'Your card' }).fill(OFFLINE_TEXT);
    await phone.getByRole('radio', { name: 'Finding' }).check();
    await phone.getByRole('button', { name: 'Post card' }).tap();
    await phone
      .locator('.cardlist article[aria-busy]', { hasText: OFFLINE_TEXT })
      .getByText('Waiting for connection')
      .waitFor();
    await shot(phone, 'phone-offline-360');
    await phone.context().setOffline(false);
    await phone.locator('.cardlist article:not([aria-busy])', { hasText: OFFLINE_TEXT }).waitFor();
    await board
      .getByRole('region', { name: /Moldova & Ukraine/ })
      .getByText(OFFLINE_TEXT)
      .waitFor();
    await group.getByText(OFFLINE_TEXT).waitFor();
    expect(await board.getByText(OFFLINE_TEXT).count()).toBe(1);
    expect(await group.locator('article').count()).toBe(2);
    await shot(board, 'board-two-cards-1920');
  }, 120_000);
});
