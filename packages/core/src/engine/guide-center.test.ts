import { describe, expect, it } from 'vitest';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import type { StorageAdapter } from '../persistence/types';
import type { UserAttributes } from '../targeting/types';
import { createGuidepost } from './create-guidepost';
import { createManualClock } from './manual-clock';
import { recordEngine } from './testing/record-engine';

const START = Date.UTC(2026, 11, 10);
const DAY = 86_400_000;

const definition = defineGuidepost({
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  guides: {
    welcome: { kind: 'tour', trigger: 'manual', steps: [{ id: 'a', title: 'A' }] },
    'admin-tour': {
      kind: 'tour',
      trigger: 'manual',
      audience: { attr: 'role', eq: 'admin' },
      steps: [{ id: 'a', title: 'A' }],
    },
    start: {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'project', label: 'Create a project', completeOn: { event: 'project_created' } },
        { id: 'invite', label: 'Invite', audience: { attr: 'role', eq: 'admin' } },
        { id: 'export', label: 'Export' },
      ],
    },
    'news-old': {
      kind: 'announcement',
      trigger: 'manual',
      title: 'Old news',
      publishedAt: '2026-11-01',
    },
    'news-new': {
      kind: 'announcement',
      trigger: 'manual',
      title: 'New news',
      publishedAt: '2026-12-05',
    },
    'news-later': {
      kind: 'announcement',
      trigger: 'manual',
      title: 'Not yet',
      publishedAt: '2027-01-01',
    },
  },
  center: {
    articles: {
      csv: { title: 'Export to CSV', body: 'Choose Export.' },
      sso: {
        title: 'Set up SSO',
        body: 'Settings › SSO.',
        audience: { attr: 'plan', eq: 'enterprise' },
      },
    },
    contacts: {
      csm: { tier: 'high', title: 'Book a session', specialist: { name: 'Aiko Tanaka' } },
      'webinar-jan': { tier: 'low', title: 'January webinar', startsAt: '2027-01-14T10:00:00Z' },
      'webinar-dec': { tier: 'low', title: 'December webinar', startsAt: '2026-12-17T10:00:00Z' },
      'webinar-past': { tier: 'low', title: 'November webinar', startsAt: '2026-11-12T10:00:00Z' },
      docs: { tier: 'tech', title: 'Docs and community' },
    },
  },
});

function run(user: UserAttributes, storage: StorageAdapter = memoryAdapter()) {
  return recordEngine(definition, {
    start: START,
    user,
    storage,
    interruptions: { gap: '1s', perSession: 100, perDay: 100 },
  });
}

describe('guide center view', () => {
  it('lists what this user may see: articles, tours and checklists by their audiences', () => {
    const { engine } = run({ id: 'u1', plan: 'pro', role: 'member' });
    const view = engine.guideCenter();
    expect(view.articles.map((article) => article.id)).toEqual(['csv']);
    expect(view.tours).toEqual(['welcome']);
    expect(view.checklists).toEqual([{ id: 'start', done: 0, total: 2 }]);
    const admin = run({ id: 'u2', plan: 'enterprise', role: 'admin' }).engine.guideCenter();
    expect(admin.articles.map((article) => article.id)).toEqual(['csv', 'sso']);
    expect(admin.tours).toEqual(['welcome', 'admin-tour']);
    expect(admin.checklists).toEqual([{ id: 'start', done: 0, total: 3 }]);
  });

  it('shows the contact entries of the user’s tier, upcoming sessions soonest first', () => {
    const names = (ltv: number) =>
      run({ id: `u${ltv}`, ltv })
        .engine.guideCenter()
        .contacts.map((contact) => contact.id);
    expect(names(80_000)).toEqual(['csm']);
    expect(names(8_000)).toEqual(['webinar-dec', 'webinar-jan']);
    expect(names(10)).toEqual(['docs']);
  });

  it('counts checklist progress as items are done', () => {
    const { engine } = run({ id: 'u1', role: 'member' });
    engine.track('project_created');
    expect(engine.guideCenter().checklists).toEqual([{ id: 'start', done: 1, total: 2 }]);
  });

  it('lists published announcements newest first, unread until shown or read', () => {
    const { engine } = run({ id: 'u1' });
    expect(engine.guideCenter().news).toEqual([
      { id: 'news-new', unread: true, publishedAt: Date.parse('2026-12-05') },
      { id: 'news-old', unread: true, publishedAt: Date.parse('2026-11-01') },
    ]);
    expect(engine.guideCenter().unread).toBe(2);
    engine.start('news-old');
    engine.close('news-old');
    engine.markRead('news-new');
    expect(engine.guideCenter().news.map((entry) => entry.unread)).toEqual([false, false]);
    expect(engine.guideCenter().unread).toBe(0);
  });

  it('marks every listed announcement read at once, and keeps the marks in storage', () => {
    const storage = memoryAdapter();
    const first = run({ id: 'u1' }, storage);
    first.engine.markRead();
    expect(first.engine.guideCenter().unread).toBe(0);
    const stored = first.engine.getState().snapshot.guides['news-new'];
    expect(stored?.readAt).toBe(START);
    // An announcement not yet published is not marked by "all".
    expect(first.engine.getState().snapshot.guides['news-later']?.readAt).toBeUndefined();
    first.engine.destroy();
    const again = run({ id: 'u1' }, storage);
    expect(again.engine.guideCenter().unread).toBe(0);
  });

  it('is unread again when the announcement gets a new version', () => {
    const storage = memoryAdapter();
    run({ id: 'u1' }, storage).engine.markRead('news-new');
    const bumped = defineGuidepost({
      guides: {
        'news-new': {
          kind: 'announcement',
          trigger: 'manual',
          title: 'New news, again',
          version: 2,
          publishedAt: '2026-12-05',
        },
      },
    });
    const time = createManualClock(START + DAY);
    const engine = createGuidepost(bumped, {
      user: { id: 'u1' },
      storage,
      now: time.now,
      locks: null,
    });
    expect(engine.guideCenter().news).toEqual([
      { id: 'news-new', unread: true, publishedAt: Date.parse('2026-12-05') },
    ]);
  });

  it('returns the same view until the state changes', () => {
    const { engine } = run({ id: 'u1' });
    const view = engine.guideCenter();
    expect(engine.guideCenter()).toBe(view);
    engine.markRead('news-new');
    expect(engine.guideCenter()).not.toBe(view);
  });

  it('replays a completed tour through start with force', () => {
    const { engine } = run({ id: 'u1' });
    engine.start('welcome');
    engine.next('welcome');
    expect(engine.getState().guides.welcome.status).toBe('completed');
    expect(engine.start('welcome', { force: true })).toBe(true);
    expect(engine.getState().guides.welcome).toMatchObject({ status: 'active', stepIndex: 0 });
  });

  it('keeps a tour the user saw replayable after its audience stops holding', () => {
    const { engine } = run({ id: 'u1', role: 'admin' });
    engine.start('admin-tour');
    engine.next('admin-tour');
    engine.identify({ id: 'u1', role: 'member' });
    expect(engine.guideCenter().tours).toEqual(['welcome', 'admin-tour']);
    engine.identify({ id: 'u2', role: 'member' });
    expect(engine.guideCenter().tours).toEqual(['welcome']);
  });

  it('ignores ids that are not announcements', () => {
    const { engine } = run({ id: 'u1' });
    const before = engine.getState();
    engine.markRead('welcome' as 'news-new');
    expect(engine.getState().snapshot).toBe(before.snapshot);
  });
});
