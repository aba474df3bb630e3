import { defineGuidepost, SNAPSHOT_VERSION, type Snapshot } from '@guidepost/core';

/** The user progress snapshots are written for; the persona's storage files them under its own id. */
export const STORY_USER_ID = 'story-user';

/** A short tour, and a checklist with every kind of item: one starts the tour, one is for admins. */
export const gettingStarted = defineGuidepost({
  segments: { admin: { attr: 'role', eq: 'admin' } },
  events: ['project_created', 'invite_sent'],
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'hello', title: 'Welcome to Acme', body: 'A two-step look around.' },
        { id: 'done', title: 'That is all', body: 'Press Done to finish the tour.' },
      ],
    },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      description: 'Five steps to your first export.',
      items: [
        { id: 'tour', label: 'Take the tour', startGuide: 'welcome' },
        { id: 'project', label: 'Create a project', completeOn: { event: 'project_created' } },
        { id: 'invite', label: 'Invite a teammate', completeOn: { event: 'invite_sent' } },
        {
          id: 'photo',
          label: 'Add a profile photo',
          description: 'So your team knows who is who.',
        },
        {
          id: 'guide',
          label: 'Read the guide',
          href: '#guide',
          description: [
            {
              type: 'paragraph',
              children: ['Ten minutes, ', { text: 'with pictures', em: true }, '.'],
            },
          ],
        },
        {
          id: 'billing',
          label: 'Set up billing',
          href: '#billing',
          description: 'Only admins see this one.',
          audience: { segment: 'admin' },
        },
      ],
    },
  },
});

/** The same checklist in Japanese. */
export const gettingStartedJapanese = defineGuidepost({
  events: ['project_created', 'invite_sent'],
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'hello', title: 'Acme へようこそ', body: '2 ステップでご案内します。' },
        { id: 'done', title: '以上です', body: '「完了」を押すとツアーが終わります。' },
      ],
    },
    'getting-started': {
      kind: 'checklist',
      title: 'はじめに',
      description: '最初のエクスポートまでの 5 ステップ。',
      items: [
        { id: 'tour', label: 'ツアーを見る', startGuide: 'welcome' },
        {
          id: 'project',
          label: 'プロジェクトを作成する',
          completeOn: { event: 'project_created' },
        },
        { id: 'invite', label: 'メンバーを招待する', completeOn: { event: 'invite_sent' } },
        { id: 'photo', label: 'プロフィール写真を追加する' },
        { id: 'guide', label: 'ガイドを読む', href: '#guide' },
      ],
    },
  },
});

/** What the user has done so far: item ids ticked, and whether the checklist was shown. */
export function progressSnapshot(done: readonly string[]): Snapshot {
  const at = Date.parse('2026-11-20T09:00:00Z');
  return {
    v: SNAPSHOT_VERSION,
    userId: STORY_USER_ID,
    guides: {
      'getting-started': {
        status: 'active',
        version: 1,
        resetAt: 0,
        shows: 1,
        lastShownAt: at,
        items: Object.fromEntries(done.map((id, index) => [id, at + index])),
      },
    },
    events: {},
  };
}
