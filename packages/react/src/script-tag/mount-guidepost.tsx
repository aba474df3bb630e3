import {
  createGuidepost,
  type GuidepostDefinition,
  type Guidepost,
  type GuidepostOptions,
} from '@guidepost/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnnouncementModal } from '../announcement/announcement-modal';
import { Checklist } from '../checklist/checklist';
import { GuideCenter } from '../guide-center/guide-center';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { Survey } from '../survey/survey';
import { Tooltip } from '../tooltip/tooltip';
import { Tour } from '../tour/tour';

/** Options of {@link mountGuidepost}: the definition, and the engine's options. */
export interface MountGuidepostOptions<D extends GuidepostDefinition> extends Omit<
  GuidepostOptions,
  'scheduler'
> {
  readonly definition: D;
  /** Where the guides render. @default a new `<div>` at the end of `<body>` */
  readonly container?: HTMLElement;
}

/** What {@link mountGuidepost} returns: the running engine, and a way to take it all down. */
export interface MountedGuidepost<D extends GuidepostDefinition> {
  /** The engine: `start`, `track`, `identify`, `explain`… */
  readonly guidepost: Guidepost<D>;
  /** Unmounts the guides, destroys the engine and removes a container it created. */
  readonly unmount: () => void;
}

/**
 * Runs every guide of a definition on a page that is not a React app, for the script-tag
 * build: creates the engine and renders each guide with its component (tours, hints,
 * checklists, announcements, surveys), and the guide center when the definition declares one,
 * with React bundled in.
 *
 * @example
 * const { guidepost } = Guidepost.mountGuidepost({ definition, user: { id: 'u_42' } });
 * button.addEventListener('click', () => guidepost.start('welcome'));
 */
export function mountGuidepost<D extends GuidepostDefinition>(
  options: MountGuidepostOptions<D>,
): MountedGuidepost<D> {
  const { definition, container: given, ...engineOptions } = options;
  const guidepost = createGuidepost(definition, engineOptions) as Guidepost<D>;
  const container = given ?? document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const guides = Object.entries(definition.guides).map(([id, guide]) => {
    if (guide.kind === 'tour') return <Tour key={id} id={id as never} />;
    if (guide.kind === 'tooltip') return <Tooltip key={id} id={id as never} />;
    if (guide.kind === 'checklist') return <Checklist key={id} id={id as never} />;
    if (guide.kind === 'survey') return <Survey key={id} id={id as never} />;
    return <AnnouncementModal key={id} id={id as never} />;
  });
  root.render(
    <StrictMode>
      <GuidepostProvider guidepost={guidepost}>
        {guides}
        {definition.center === undefined ? null : <GuideCenter />}
      </GuidepostProvider>
    </StrictMode>,
  );
  return {
    guidepost,
    unmount() {
      root.unmount();
      guidepost.destroy();
      if (given === undefined) container.remove();
    },
  };
}
