import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSession, hasChromium, PHONE, useHarness } from './harness.js';

/** The participant route's budget (issue: phones first): at most 200 KB of gzipped JavaScript. */
const BUDGET_KB = 200;

describe.skipIf(!hasChromium)('phone budget', () => {
  const h = useHarness();

  it('the join screen loads at most 200 KB of gzipped JavaScript, served compressed (gzip or brotli)', async () => {
    const created = await createSession(h.baseUrl, { title: 'Budget', groupCount: 2 });
    const phone = await h.open(PHONE);
    const scripts: Promise<{ url: string; gzipped: number; encoding: string | undefined }>[] = [];
    phone.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(
        response.body().then((body) => ({
          url: response.url(),
          gzipped: gzipSync(body, { level: 9 }).length,
          encoding: response.headers()['content-encoding'],
        })),
      );
    });
    await phone.goto(`/j/${created.code}`);
    await phone.getByRole('button', { name: 'Join' }).waitFor();
    const loaded = await Promise.all(scripts);
    const totalKb = loaded.reduce((sum, s) => sum + s.gzipped, 0) / 1024;
    console.log(
      `participant route: ${loaded.length} scripts, ${totalKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`,
    );
    expect(totalKb).toBeLessThanOrEqual(BUDGET_KB);
    // Nothing of the facilitator's screen or the clustering worker comes along.
    expect(loaded.map((s) => s.url).join(' ')).not.toMatch(/Facilitator|cluster|dnd/i);
    expect(
      loaded.filter((s) => s.gzipped > 1024).every((s) => /gzip|br/.test(s.encoding ?? '')),
    ).toBe(true);
  }, 60_000);
});
