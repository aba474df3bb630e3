import {
  createGuidepost,
  defineGuidepost,
  memoryAdapter,
  type Guidepost,
  type GuidepostEvent,
  type GuideStatus,
} from '@guidepost/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcement } from '../announcement/announcement-modal';
import { useAnnouncement } from '../announcement/use-announcement';
import { Checklist } from '../checklist/checklist';
import { GuideCenter } from '../guide-center/guide-center';
import { useGuideCenter } from '../guide-center/use-guide-center';
import { Survey } from '../survey/survey';
import { useSurvey } from '../survey/use-survey';
import { useChecklist } from '../checklist/use-checklist';
import { useTour } from '../hooks/use-tour';
import { useGuidepost } from '../provider/guidepost-context';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { fakeBrowser } from '../tooltip/fake-browser.test-helpers';
import { Tooltip } from '../tooltip/tooltip';
import { useTooltip } from '../tooltip/use-tooltip';
import { Tour } from '../tour/tour';

afterEach(cleanup);

const definition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'intro', title: 'Welcome', body: 'A quick look around.' },
        { id: 'last', title: 'All done' },
      ],
    },
    news: {
      kind: 'announcement',
      trigger: 'manual',
      title: 'New: bulk export',
      body: 'Export many at once.',
      cta: { label: 'Try it', href: '/export' },
    },
    hint: { kind: 'tooltip', target: 'export', title: 'Export', body: 'Export here', beacon: true },
    start: {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'docs', label: 'Read the docs', href: '/docs' },
        { id: 'invite', label: 'Invite a teammate' },
      ],
    },
    score: {
      kind: 'survey',
      trigger: 'manual',
      title: 'A quick question',
      question: { type: 'nps', text: 'How likely are you to recommend Acme?' },
    },
  },
});
type Id = 'welcome' | 'news' | 'start' | 'hint' | 'score';

/** One way of making a gesture: what to render, and what the user (or the app) then does. */
interface Route {
  readonly ui?: ReactNode;
  readonly perform: () => void;
}

/** The four ways every gesture can be made, as the docs' table lists them. */
interface GestureRow {
  readonly id: Id;
  readonly component: Route;
  readonly part: Route;
  readonly hook: Route;
  readonly engine: Route;
}

let engineOfHooks: Guidepost<typeof definition> | undefined;
function CaptureEngine() {
  engineOfHooks = useGuidepost<typeof definition>();
  return null;
}

/** A button that calls an action a hook returns, as an app's own look would. */
function HookButton({ use }: { readonly use: () => () => void }) {
  const action = use();
  return (
    <button type="button" onClick={action}>
      hook
    </button>
  );
}

const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const escape = () => fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
const hook = (use: () => () => void): Route => ({
  ui: <HookButton use={use} />,
  perform: () => click('hook'),
});
const viaEngine = (run: (engine: Guidepost<typeof definition>) => void): Route => ({
  perform: () => {
    if (engineOfHooks !== undefined) run(engineOfHooks);
  },
});

const tourParts = (close: boolean) => (
  <Tour.Root id="welcome">
    <Tour.Portal>
      <Tour.Content>
        <Tour.Title />
        <Tour.Next />
        {close ? <Tour.Close /> : null}
      </Tour.Content>
    </Tour.Portal>
  </Tour.Root>
);

const announcementParts = (
  <Announcement.Root id="news">
    <Announcement.Portal>
      <Announcement.Content>
        <Announcement.Title />
        <Announcement.DontShowAgain />
        <Announcement.Cta />
        <Announcement.Close />
      </Announcement.Content>
    </Announcement.Portal>
  </Announcement.Root>
);

const checklistParts = (
  <Checklist.Root id="start" inline>
    <Checklist.Panel>
      <Checklist.Title />
      <Checklist.Items />
      <Checklist.Dismiss />
    </Checklist.Panel>
  </Checklist.Root>
);

const surveyParts = (
  <Survey.Root id="score">
    <Survey.Portal>
      <Survey.Content>
        <Survey.Close />
        <Survey.Title />
        <Survey.Question />
        <Survey.Answer />
        <Survey.Submit />
      </Survey.Content>
    </Survey.Portal>
  </Survey.Root>
);

/** Picks 9 on the survey's scale and sends it, as a user would. */
const answerNine = () => {
  fireEvent.click(screen.getByRole('radio', { name: '9' }));
  click('Send');
};

const rows: [string, GestureRow][] = [
  [
    'tour: the close button',
    {
      id: 'welcome',
      component: { ui: <Tour id="welcome" />, perform: () => click('Close') },
      part: { ui: tourParts(true), perform: () => click('Close') },
      hook: hook(() => useTour<typeof definition>('welcome').close),
      engine: viaEngine((engine) => engine.close('welcome', 'close')),
    },
  ],
  [
    'tour: Escape',
    {
      id: 'welcome',
      component: { ui: <Tour id="welcome" />, perform: escape },
      part: { ui: tourParts(false), perform: escape },
      hook: hook(() => {
        const { close } = useTour<typeof definition>('welcome');
        return () => close('escape');
      }),
      engine: viaEngine((engine) => engine.close('welcome', 'escape')),
    },
  ],
  [
    'tour: Next',
    {
      id: 'welcome',
      component: { ui: <Tour id="welcome" />, perform: () => click('Next') },
      part: { ui: tourParts(false), perform: () => click('Next') },
      hook: hook(() => useTour<typeof definition>('welcome').next),
      engine: viaEngine((engine) => engine.next('welcome')),
    },
  ],
  [
    'announcement: the close button',
    {
      id: 'news',
      component: { ui: <Announcement id="news" />, perform: () => click('Close') },
      part: { ui: announcementParts, perform: () => click('Close') },
      hook: hook(() => {
        const { close } = useAnnouncement<typeof definition>('news');
        return () => close();
      }),
      engine: viaEngine((engine) => engine.close('news', 'close')),
    },
  ],
  [
    'announcement: Escape',
    {
      id: 'news',
      component: { ui: <Announcement id="news" />, perform: escape },
      part: { ui: announcementParts, perform: escape },
      hook: hook(() => {
        const { close } = useAnnouncement<typeof definition>('news');
        return () => close('escape');
      }),
      engine: viaEngine((engine) => engine.close('news', 'escape')),
    },
  ],
  [
    "announcement: don't show again",
    {
      id: 'news',
      component: {
        ui: <Announcement id="news" dontShowAgain />,
        perform: () => click("Don't show again"),
      },
      part: { ui: announcementParts, perform: () => click("Don't show again") },
      hook: hook(() => useAnnouncement<typeof definition>('news').dismiss),
      engine: viaEngine((engine) => engine.dismiss('news')),
    },
  ],
  [
    'announcement: its call to action',
    {
      id: 'news',
      component: {
        ui: <Announcement id="news" />,
        perform: () => fireEvent.click(screen.getByRole('link', { name: 'Try it' })),
      },
      part: {
        ui: announcementParts,
        perform: () => fireEvent.click(screen.getByRole('link', { name: 'Try it' })),
      },
      hook: hook(() => {
        const { cta, followCta } = useAnnouncement<typeof definition>('news');
        return () => void (cta !== undefined && followCta(cta));
      }),
      engine: viaEngine((engine) => void engine.followCta('news', '/export')),
    },
  ],
  [
    'survey: the close button',
    {
      id: 'score',
      component: { ui: <Survey id="score" />, perform: () => click('Close') },
      part: { ui: surveyParts, perform: () => click('Close') },
      hook: hook(() => {
        const { close } = useSurvey<typeof definition>('score');
        return () => close();
      }),
      engine: viaEngine((engine) => engine.close('score', 'close')),
    },
  ],
  [
    'survey: Escape',
    {
      id: 'score',
      component: { ui: <Survey id="score" />, perform: escape },
      part: { ui: surveyParts, perform: escape },
      hook: hook(() => {
        const { close } = useSurvey<typeof definition>('score');
        return () => close('escape');
      }),
      engine: viaEngine((engine) => engine.close('score', 'escape')),
    },
  ],
  [
    'survey: sending an answer',
    {
      id: 'score',
      component: { ui: <Survey id="score" />, perform: answerNine },
      part: { ui: surveyParts, perform: answerNine },
      hook: hook(() => {
        const { answer } = useSurvey<typeof definition>('score');
        return () => void answer(9);
      }),
      engine: viaEngine((engine) => void engine.answer('score', 9)),
    },
  ],
  [
    'checklist: dismiss',
    {
      id: 'start',
      component: { ui: <Checklist id="start" inline />, perform: () => click('Dismiss checklist') },
      part: { ui: checklistParts, perform: () => click('Dismiss checklist') },
      hook: hook(() => useChecklist<typeof definition>('start').dismiss),
      engine: viaEngine((engine) => engine.dismiss('start')),
    },
  ],
  [
    "checklist: following an item's link",
    {
      id: 'start',
      component: {
        ui: <Checklist id="start" inline />,
        perform: () => fireEvent.click(screen.getByRole('link', { name: /Read the docs/ })),
      },
      part: {
        ui: checklistParts,
        perform: () => fireEvent.click(screen.getByRole('link', { name: /Read the docs/ })),
      },
      hook: hook(() => {
        const { followItem } = useChecklist<typeof definition>('start');
        return () => void followItem('docs');
      }),
      engine: viaEngine((engine) => void engine.followItem('start', 'docs')),
    },
  ],
];

/** What a user or an analyst would notice: the events (without their times) and the status. */
interface Outcome {
  readonly events: readonly Partial<GuidepostEvent>[];
  readonly status: GuideStatus;
}

function outcomeOf(id: Id, route: Route, { shown = true } = {}): Outcome {
  const events: GuidepostEvent[] = [];
  const engine = createGuidepost(definition, {
    storage: memoryAdapter(),
    locks: null,
    onEvent: (event) => events.push(event),
    interruptions: { gap: 0 },
  });
  render(
    <GuidepostProvider guidepost={engine}>
      <CaptureEngine />
      {route.ui}
    </GuidepostProvider>,
  );
  if (shown) act(() => void engine.start(id, { force: true }));
  const before = events.length;
  act(() => route.perform());
  cleanup();
  engine.destroy();
  return {
    events: events.slice(before).map(({ timestamp: _, ...event }) => event),
    status: engine.getState().guides[id].status,
  };
}

// jsdom cannot navigate; a followed link stays on the page.
const stayOnPage = (event: Event) => event.preventDefault();

describe('one gesture, one engine action, whichever API makes it', () => {
  it.each(rows)('%s reports the same from a component, a part, a hook and the engine', (_, row) => {
    window.addEventListener('click', stayOnPage);
    try {
      const viaEngineOutcome = outcomeOf(row.id, row.engine);
      expect(viaEngineOutcome.events.length).toBeGreaterThan(0);
      expect(outcomeOf(row.id, row.component)).toEqual(viaEngineOutcome);
      expect(outcomeOf(row.id, row.part)).toEqual(viaEngineOutcome);
      expect(outcomeOf(row.id, row.hook)).toEqual(viaEngineOutcome);
    } finally {
      window.removeEventListener('click', stayOnPage);
    }
  });

  it('replays a tour from the guide center as from useGuideCenter and the engine', () => {
    const replay = () => click('Replay');
    const viaEngineOutcome = outcomeOf(
      'welcome',
      viaEngine((engine) => void engine.start('welcome', { force: true })),
      { shown: false },
    );
    expect(viaEngineOutcome.events.map((event) => event.name)).toContain('step_viewed');
    const component = { ui: <GuideCenter defaultOpen />, perform: replay };
    const parts = {
      ui: (
        <GuideCenter.Root defaultOpen>
          <GuideCenter.Panel>
            <GuideCenter.Guides />
          </GuideCenter.Panel>
        </GuideCenter.Root>
      ),
      perform: replay,
    };
    const viaHook = hook(() => {
      const { replay: replayTour } = useGuideCenter<typeof definition>();
      return () => replayTour('welcome');
    });
    for (const route of [component, parts, viaHook]) {
      expect(outcomeOf('welcome', route, { shown: false })).toEqual(viaEngineOutcome);
    }
  });

  it('closes a tour for good from every API, and an announcement for now', () => {
    expect(outcomeOf('welcome', rows[0]![1].hook).status).toBe('dismissed');
    expect(outcomeOf('news', rows[3]![1].hook).status).toBe('idle');
  });
});

const hintParts = (
  <Tooltip.Root id="hint">
    <Tooltip.Beacon />
    <Tooltip.Portal>
      <Tooltip.Content>
        <Tooltip.Title />
        <Tooltip.Close />
      </Tooltip.Content>
    </Tooltip.Portal>
  </Tooltip.Root>
);

/** Renders a hint page, opens the hint from its beacon, and closes it with its close button. */
async function hintOutcome(ui: ReactNode | undefined, perform: () => void): Promise<Outcome> {
  const events: GuidepostEvent[] = [];
  const engine = createGuidepost(definition, {
    storage: memoryAdapter(),
    locks: null,
    onEvent: (event) => events.push(event),
  });
  render(
    <GuidepostProvider guidepost={engine}>
      <CaptureEngine />
      <button type="button" data-guidepost="export">
        Export
      </button>
      {ui}
    </GuidepostProvider>,
  );
  const before = events.length;
  if (ui !== undefined && screen.queryByRole('button', { name: 'hook' }) === null) {
    const beacon = await screen.findByRole('button', { name: /Open hint/ });
    fireEvent.click(beacon, { detail: 0 });
    await screen.findByRole('dialog', { name: 'Export' });
  }
  act(() => perform());
  await waitFor(() => expect(engine.getState().guides.hint.open).toBe(false));
  cleanup();
  engine.destroy();
  return {
    events: events.slice(before).map(({ timestamp: _, ...event }) => event),
    status: engine.getState().guides.hint.status,
  };
}

describe('a hint closed with its close button', () => {
  beforeEach(fakeBrowser);
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('reports the same from the component, its parts, useTooltip and the engine', async () => {
    const closeButton = () => click('Close');
    const viaEngineOutcome = await hintOutcome(undefined, () =>
      engineOfHooks?.settleHint('hint', 'dismiss', 'close'),
    );
    expect(viaEngineOutcome.events.map((event) => event.name)).toEqual(['guide_dismissed']);
    expect(await hintOutcome(<Tooltip id="hint" />, closeButton)).toEqual(viaEngineOutcome);
    expect(await hintOutcome(hintParts, closeButton)).toEqual(viaEngineOutcome);
    const viaHook = (
      <HookButton
        use={() => {
          const { settle } = useTooltip<typeof definition>('hint');
          return () => void settle('dismiss', 'close');
        }}
      />
    );
    expect(await hintOutcome(viaHook, () => click('hook'))).toEqual(viaEngineOutcome);
  });
});
