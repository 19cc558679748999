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
 * A whole short agenda in real Chromium: a facilitator (steering through socket commands), a
 * projector board and six 360 px phones in two groups. Lobby → a step with posting → a private step and
 * its reveal → themes and a vote → ranked results on the board. Every wait is on something
 * visible; nothing sleeps.
 */

const STEPS = [
  {
    title: 'Examples from around the world',
    prompt: 'Which partnership made something possible in your library? Post it as an example.',
    kinds: ['example'],
    posting: true,
    visibility: 'all',
    durationSec: 600,
  },
  {
    title: 'What did you learn?',
    prompt: 'Write privately in your group first: one finding per card.',
    kinds: ['finding'],
    posting: true,
    visibility: 'group',
    durationSec: 900,
  },
  {
    title: 'What matters most?',
    prompt: 'Give your votes to the findings you would take home.',
    activity: 'vote',
    kinds: ['finding'],
    posting: false,
    visibility: 'all',
    durationSec: 300,
  },
];

const EXAMPLE = 'The employment office and our library run job clinics for young people.';
const FINDING_A = 'Partnerships accelerate learning.';
const FINDING_B = 'If a partnership is not working, end it: let the turkey die.';
const FINDING_C = 'Use data and stories from the community to prepare the ground.';
const FINDING_OFFLINE = 'Never stop looking for new partners, even when the Wi-Fi drops.';

describe.skipIf(!hasChromium)('a whole session in Chromium', () => {
  const h = useHarness();

  it('lobby → posting → private step and reveal → voting → results on the board', async () => {
    const created = await createSession(h.baseUrl, {
      title: 'A World of Powerful Partnerships',
      groups: ['Moldova & Ukraine', 'Indonesia & Vietnam'],
    });
    const [g1, g2] = created.groups;
    const { client: fac, command } = await facilitatorClient(h.baseUrl, created);
    await command('agenda:set', { steps: STEPS });

    // Lobby on the projector: join QR, code, and who is here.
    const board = await h.open(PROJECTOR);
    await board.goto(`/b/${created.code}`);
    await board.getByRole('img', { name: 'QR code to join the session' }).waitFor();
    await board.locator('.lobby__code', { hasText: created.code }).waitFor();

    // Six phones in two groups: most through their group's QR link, two placed automatically.
    const phones: Page[] = [];
    for (const [name, group] of [
      ['Oksana', g1!.id],
      ['Dewi', g2!.id],
      ['Andrei', null],
      ['Minh', g2!.id],
      ['Ioana', g1!.id],
      ['Budi', null],
    ] as const) {
      const phone = await h.open(PHONE);
      const link = `/j/${created.code}${group ? `?group=${group}` : ''}`;
      await phone.goto(link);
      if (group) {
        // The group from the link is chosen in advance.
        const groupName = group === g1!.id ? g1!.name : g2!.name;
        expect(await phone.getByRole('radio', { name: new RegExp(groupName) }).isChecked()).toBe(
          true,
        );
      }
      if (phones.length === 0) await h.shot(phone, 'phone-join-360');
      await joinAs(phone, link, name);
      phones.push(phone);
    }
    const [oksana, dewi, andrei, minh] = phones as [Page, Page, Page, Page];
    await board.locator('.lobby__total', { hasText: '6 people' }).waitFor();
    // Placed automatically into the smaller group: three at each table.
    expect(
      fac.state!.groups.map(
        (g) => fac.state!.participants.filter((p) => p.groupId === g.id).length,
      ),
    ).toEqual([3, 3]);
    await oksana.getByRole('heading', { name: 'The session starts soon' }).waitFor();
    await h.shot(board, 'board-lobby-1920', false);
    await h.shot(oksana, 'phone-lobby-360');

    // Step 1: everyone may post examples; the phones follow at once, with the timer.
    await command('step:goto', { index: 0 });
    for (const phone of phones) {
      await phone.getByRole('heading', { name: STEPS[0]!.title }).waitFor();
      await phone.getByText(STEPS[0]!.prompt).waitFor();
      await phone.getByRole('timer').waitFor();
    }
    // Only examples: no kind toggle.
    expect(await oksana.getByRole('radio', { name: 'Finding' }).count()).toBe(0);
    await oksana.getByRole('textbox', { name: 'Your card' }).fill(EXAMPLE);
    await oksana.getByLabel('Country (optional)').fill('Moldova');
    await oksana.getByRole('button', { name: 'Post card' }).tap();
    await board
      .getByRole('region', { name: /Moldova & Ukraine/ })
      .getByText(EXAMPLE)
      .waitFor();
    await board.getByText(STEPS[0]!.prompt).waitFor();
    await board.getByRole('timer').waitFor();
    await h.shot(oksana, 'phone-step-360');

    // Step 2: private. Each group sees only its own findings until the reveal.
    await command('step:goto', { index: 1 });
    await oksana.getByText(/Private step/).waitFor();
    await board.locator('.board__note', { hasText: 'writing privately' }).waitFor();
    const post = async (phone: Page, text: string) => {
      await phone.getByRole('textbox', { name: 'Your card' }).fill(text);
      await phone.getByRole('button', { name: 'Post card' }).tap();
      await phone.locator('.cardlist article:not([aria-busy])', { hasText: text }).waitFor();
    };
    await post(oksana, FINDING_A);
    await post(dewi, FINDING_B);
    await post(andrei, FINDING_C);
    await fac.until(() => (fac.state?.cards.length ?? 0) === 4);
    // Dewi's group does not see Oksana's finding; nor does the board, yet.
    expect(await dewi.getByText(FINDING_A).count()).toBe(0);
    expect(await board.getByText(FINDING_A).count()).toBe(0);
    await h.shot(oksana, 'phone-private-360');
    await command('step:reveal', {});
    await board.getByText(FINDING_A).waitFor();
    await board.getByText(FINDING_B).waitFor();

    // The venue Wi-Fi drops for one phone: its card waits on the phone and goes once.
    await minh.context().setOffline(true);
    await minh
      .getByRole('status')
      .filter({ hasText: /Offline|Reconnecting/ })
      .waitFor();
    await minh.getByRole('textbox', { name: 'Your card' }).fill(FINDING_OFFLINE);
    await minh.getByRole('button', { name: 'Post card' }).tap();
    await minh.locator('.cardlist article[aria-busy]', { hasText: FINDING_OFFLINE }).waitFor();
    await minh.context().setOffline(false);
    await minh.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await board.getByText(FINDING_OFFLINE).waitFor();
    expect(await board.getByText(FINDING_OFFLINE).count()).toBe(1);
    await fac.until(() => (fac.state?.cards.length ?? 0) === 5);
    expect(fac.state!.cards.filter((c) => c.text === FINDING_OFFLINE)).toHaveLength(1);
    await oksana.getByText(/Revealed/).waitFor();

    // Findings under headings: the board turns into labelled theme columns, Unsorted last.
    const cardId = (text: string) => fac.state!.cards.find((c) => c.text === text)!.id;
    await command('theme:create', {
      label: 'Partnerships benefit libraries',
      cardIds: [cardId(FINDING_A), cardId(EXAMPLE)],
    });
    await command('theme:create', {
      label: 'Strong partnerships take action',
      cardIds: [cardId(FINDING_B)],
    });
    await board
      .getByRole('region', { name: /Partnerships benefit libraries/ })
      .getByText(FINDING_A)
      .waitFor();
    const unsorted = board.getByRole('region', { name: /Unsorted/ });
    await unsorted.getByText(FINDING_C).waitFor();
    const heads = await board.locator('.board-column__name').allTextContents();
    expect(heads.at(-1)).toBe('Unsorted');
    await h.shot(board, 'board-themes-1920', false);

    // Step 3: voting on themes, 3 votes each, several on one allowed.
    await command('voting:open', {
      target: 'themes',
      perParticipant: 3,
      allowMultiple: true,
      counts: 'hidden',
    });
    await command('step:goto', { index: 2 });
    const themeA = 'Partnerships benefit libraries';
    const themeB = 'Strong partnerships take action';
    const vote = async (phone: Page, label: string) =>
      phone.getByRole('button', { name: `Vote for: ${label}` }).tap();
    await oksana.getByText('3 votes left').waitFor();
    expect(await oksana.getByRole('textbox', { name: 'Your card' }).count()).toBe(0);
    await vote(oksana, themeA);
    await oksana.getByText('2 votes left').waitFor();
    await vote(oksana, themeA);
    await oksana.getByText('1 vote left').waitFor();
    await vote(oksana, themeB);
    await oksana.getByText('0 votes left').waitFor();
    expect(await oksana.getByRole('button', { name: `Vote for: ${themeA}` }).isDisabled()).toBe(
      true,
    );
    await h.shot(oksana, 'phone-vote-360');
    // Dewi gives one and takes it back, then gives it elsewhere.
    await vote(dewi, themeB);
    await dewi.getByText('2 votes left').waitFor();
    await dewi.getByRole('button', { name: `Take back a vote from: ${themeB}` }).tap();
    await dewi.getByText('3 votes left').waitFor();
    await vote(dewi, themeA);
    await dewi.getByText('2 votes left').waitFor();
    await vote(andrei, themeB);
    await andrei.getByText('2 votes left').waitFor();
    // Hidden counts: the board says voting is open and shows no tally.
    await board.locator('.board__banner', { hasText: 'Voting is open' }).waitFor();
    await fac.until(() => fac.state!.votes.length === 5);

    // Results: ranked on the board (A: 3, B: 2) and on the phones.
    await command('voting:close', {});
    await board.getByRole('heading', { name: 'Results' }).waitFor();
    const labels = await board.locator('.results__label').allTextContents();
    expect(labels.slice(0, 2)).toEqual([themeA, themeB]);
    expect(await board.locator('.results__votes').allTextContents()).toEqual([
      '3 votes',
      '2 votes',
    ]);
    await dewi.getByRole('heading', { name: 'Results' }).waitFor();
    await h.shot(board, 'board-results-1920', false);
    await h.shot(dewi, 'phone-results-360');
    await command('board:display', { colorScheme: 'dark' });
    await board.waitForFunction(() => document.documentElement.dataset.scheme === 'dark');
    await h.shot(board, 'board-results-dark-1920', false);

    // A spotlight on one theme, large.
    await command('board:display', {
      spotlight: { kind: 'theme', id: fac.state!.themes[0]!.id },
    });
    await board.locator('.spotlight__title', { hasText: themeA }).waitFor();
    await h.shot(board, 'board-spotlight-1920', false);

    // The organizer takes the findings home: the export has every card, once.
    const csv = await fetch(`${h.baseUrl}/api/workshops/${created.id}/export?format=csv`, {
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    });
    expect(csv.status).toBe(200);
    const sheet = await csv.text();
    for (const text of [EXAMPLE, FINDING_A, FINDING_B, FINDING_C, FINDING_OFFLINE]) {
      expect(sheet.split(text).length - 1).toBe(1);
    }
    fac.close();
  }, 180_000);
});
