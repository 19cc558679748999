import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/clients.js';
import {
  createSession,
  hasChromium,
  joinAs,
  PHONE,
  PROJECTOR,
  useHarness,
  type Harness,
} from './harness.js';

/**
 * The built client under the server's content security policy (server/http/securityHeaders.ts):
 * every screen loads and works with no violation reported — the landing page, a phone joining
 * and posting, the projector with its data: QR code, and the facilitator's clustering worker,
 * which fetches the word-vector .bin. Violations are caught both as `securitypolicyviolation`
 * events and as console messages.
 */
describe.skipIf(!hasChromium)('content security policy in Chromium', () => {
  const harness = useHarness();

  const problems: string[] = [];
  async function watched(options: Parameters<Harness['open']>[0] = {}): Promise<Page> {
    const page = await harness.open(options);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|CSP violation|Refused to/i.test(text)) problems.push(text);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    return page;
  }

  it('every screen runs with no CSP violation, the worker included', async () => {
    const { baseUrl } = harness;
    const response = await fetch(`${baseUrl}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");

    const landing = await watched();
    await landing.goto('/');
    await landing.getByRole('button', { name: 'Create session' }).waitFor();

    const created = await createSession(baseUrl, { title: 'CSP check', groupCount: 2 });
    const board = await watched(PROJECTOR);
    await board.goto(`/b/${created.code}`);
    const qr = board.getByRole('img', { name: 'QR code to join the session' });
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).complete)).toBe(true);

    const phone = await watched(PHONE);
    await joinAs(phone, `/j/${created.code}`, 'Oksana');
    await phone.getByRole('textbox', { name: 'Your card' }).fill('Libraries run job clinics');
    await phone.getByRole('button', { name: 'Post card' }).tap();
    await phone.locator('.cardlist article:not([aria-busy])', { hasText: 'job clinics' }).waitFor();

    // A few more cards, so the facilitator has something to cluster.
    const other = await new TestClient(baseUrl, {
      role: 'participant',
      code: created.code,
      name: 'Bot',
    }).ready();
    for (const text of [
      'Job clinics at the library',
      'Reading clubs for seniors',
      'Seniors learn phones',
    ]) {
      await other.socket.timeout(5000).emitWithAck('card:post', { text });
    }
    other.close();

    const facilitator = await watched({ viewport: { width: 1440, height: 900 } });
    const vectors = facilitator.waitForResponse((r) => r.url().endsWith('.bin'), {
      timeout: 60_000,
    });
    const worker = facilitator.waitForEvent('worker', { timeout: 60_000 });
    await facilitator.goto(`/f/${created.id}#token=${created.facilitatorToken}`);
    await facilitator.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await facilitator.getByRole('tab', { name: /^Themes/ }).click();
    await facilitator.getByRole('button', { name: 'Suggest themes' }).click();
    await worker;
    expect((await vectors).status()).toBe(200);
    // The worker answered (a server answer says so in the preview).
    await facilitator
      .getByText('Nothing changes until you accept.')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await facilitator.getByText(/Suggested by the server/).count()).toBe(0);

    expect(problems).toEqual([]);
  }, 120_000);
});
