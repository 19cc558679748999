import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createSession,
  facilitatorClient,
  hasChromium,
  joinAs,
  PHONE,
  PROJECTOR,
  useHarness,
} from './harness.js';

/**
 * Phones as they are in a real room: a 360 px screen joining by its group's link, venue Wi-Fi
 * that drops, a clock that is wrong, a Spanish browser, a facilitator who removes someone,
 * long words in other scripts. Every wait is on something visible; nothing sleeps.
 */

const clock = (text: string) => {
  const [m, s] = text.trim().split(':').map(Number);
  return m! * 60 + s!;
};
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe.skipIf(!hasChromium)('phones in Chromium', () => {
  const h = useHarness();

  it('a 360 px phone joins by the link, posts, goes offline, posts again; the board shows each card once', async () => {
    const created = await createSession(h.baseUrl, {
      title: 'A World of Powerful Partnerships',
      groups: ['Moldova & Ukraine', 'Indonesia & Vietnam'],
    });
    const group = created.groups[1]!;
    const board = await h.open(PROJECTOR);
    await board.goto(`/b/${created.code}`);
    await board.locator('.lobby__code', { hasText: created.code }).waitFor();

    const phone = await h.open(PHONE);
    await joinAs(phone, `/j/${created.code}?group=${group.id}`, 'Dewi');
    await phone.locator('.phone__group', { hasText: group.name }).waitFor();

    const FIRST = 'PerpuSeru: computer training and job development for youth who left school.';
    const SECOND = 'Posted while the venue Wi-Fi was down: it waits on the phone, then goes once.';
    await phone.getByRole('textbox', { name: 'Your card' }).fill(FIRST);
    await phone.getByRole('button', { name: 'Post card' }).tap();
    await phone.locator('.cardlist article:not([aria-busy])', { hasText: FIRST }).waitFor();
    const column = board.getByRole('region', { name: new RegExp(group.name) });
    await column.getByText(FIRST).waitFor();

    await phone.context().setOffline(true);
    await phone
      .getByRole('status')
      .filter({ hasText: /Offline|Reconnecting/ })
      .waitFor();
    await phone.getByRole('textbox', { name: 'Your card' }).fill(SECOND);
    await phone.getByRole('button', { name: 'Post card' }).tap();
    await phone
      .locator('.cardlist article[aria-busy]', { hasText: SECOND })
      .getByText('Waiting for connection')
      .waitFor();
    await h.shot(phone, 'phone-offline-360');
    await phone.context().setOffline(false);
    await phone.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await phone.locator('.cardlist article:not([aria-busy])', { hasText: SECOND }).waitFor();
    await column.getByText(SECOND).waitFor();
    expect(await board.getByText(FIRST).count()).toBe(1);
    expect(await board.getByText(SECOND).count()).toBe(1);
    expect(await column.locator('article').count()).toBe(2);
    expect(await overflows(phone)).toBe(false);
    await h.shot(phone, 'phone-posted-360');
    await h.shot(board, 'board-cards-1920', false);
  }, 120_000);

  it('a Spanish browser gets a Spanish phone screen; the language menu switches and is remembered', async () => {
    const created = await createSession(h.baseUrl, {
      title: 'Alianzas de bibliotecas',
      groups: ['Mesa 1', 'Mesa 2'],
    });
    const phone = await h.open({ ...PHONE, locale: 'es-ES' });
    await phone.goto(`/j/${created.code}`);
    await phone.getByRole('heading', { name: 'Alianzas de bibliotecas' }).waitFor();
    await phone.getByText('Únete a la sesión').waitFor();
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('es');
    await h.shot(phone, 'phone-join-es-360');
    await phone.getByLabel('Tu nombre').fill('Lucía');
    await phone.getByRole('button', { name: 'Unirse' }).tap();
    await phone.getByRole('status').filter({ hasText: 'Conectado' }).waitFor();
    await phone.getByRole('heading', { name: 'Añadir una tarjeta' }).waitFor();
    await phone.getByRole('button', { name: 'Publicar tarjeta' }).waitFor();
    await h.shot(phone, 'phone-home-es-360');

    // Switch to Ukrainian from the menu; a reload keeps it (and the person).
    await phone.getByLabel('Idioma').selectOption('uk');
    await phone.getByRole('heading', { name: 'Додати картку' }).waitFor();
    await phone.reload();
    await phone.getByRole('status').filter({ hasText: 'Підключено' }).waitFor();
    await phone.getByRole('heading', { name: 'Додати картку' }).waitFor();
    // A card keeps the language it was written in, and long words never widen the page.
    const LONG =
      'Бібліотечнепартнерствозмісцевоювладоюдляцифровоїграмотностідорослих — Thư viện và đối tác: https://example.org/a/very/long/path/without/any/breaks/at/all';
    await phone.getByRole('textbox', { name: 'Ваша картка' }).fill(LONG);
    await phone.getByRole('button', { name: 'Опублікувати' }).tap();
    await phone.locator('.cardlist article:not([aria-busy])', { hasText: 'Thư viện' }).waitFor();
    expect(await overflows(phone)).toBe(false);
    await h.shot(phone, 'phone-uk-long-words-360');
    const board = await h.open({ viewport: { width: 1280, height: 720 } });
    await board.goto(`/b/${created.code}`);
    await board.getByText('Thư viện', { exact: false }).waitFor();
    expect(await overflows(board)).toBe(false);
  }, 120_000);

  it('a phone with a wrong clock shows the right time; the group choice follows the mode; a removed person is told kindly', async () => {
    const created = await createSession(h.baseUrl, { title: 'Partnerships', groups: ['A', 'B'] });
    const { client: fac, command } = await facilitatorClient(h.baseUrl, created);
    await command('agenda:set', {
      steps: [{ title: 'Share', prompt: 'Post an example.', kinds: ['example'], durationSec: 600 }],
    });
    await command('groups:configure', { mode: 'auto' });

    // This phone's clock is two hours fast.
    const phone = await h.open(PHONE);
    await phone.addInitScript(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + 2 * 3600 * 1000;
    });
    await phone.goto(`/j/${created.code}`);
    await phone.getByText('The facilitator places everyone in a group').waitFor();
    expect(await phone.getByRole('radio').count()).toBe(0);
    await joinAs(phone, `/j/${created.code}`, 'Andrei');
    await command('step:goto', { index: 0 });
    const timer = phone.getByRole('timer');
    await timer.waitFor();
    const left = clock((await timer.textContent()) ?? '0:00');
    expect(left).toBeGreaterThan(540);
    // The offset is measured when the snapshot arrives, so it may be off by the network delay.
    expect(left).toBeLessThanOrEqual(601);

    // Removed by the facilitator: a kind message, and the phone forgets who it was.
    const me = fac.state!.participants.find((p) => p.name === 'Andrei')!;
    await command('participant:remove', { participantId: me.id });
    await phone.getByText('The facilitator has taken you out of this session').waitFor();
    await phone.getByRole('button', { name: 'Join again' }).waitFor();
    const stored = await phone.evaluate(
      (code) => localStorage.getItem(`otterboard:v1:participant:${code}`),
      created.code,
    );
    expect(stored).toBeNull();
    await h.shot(phone, 'phone-removed-360');
    fac.close();
  }, 120_000);
});
