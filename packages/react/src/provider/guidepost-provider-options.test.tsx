import { memoryAdapter, parseGuidepost, type GuidepostError } from '@guidepost/core';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useGuidepost } from './guidepost-context';
import { GuidepostProvider } from './guidepost-provider';
import { eventLog } from './testing/event-log';

afterEach(cleanup);

let captured: ReturnType<typeof useGuidepost> | undefined;
function CaptureEngine() {
  captured = useGuidepost();
  return null;
}

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('GuidepostProvider options for the engine it creates', () => {
  it('reports the guides parseGuidepost dropped (issues), once each, to analytics and onError', async () => {
    const { definition, issues } = parseGuidepost({
      guides: {
        ok: { kind: 'announcement', title: 'Hi' },
        bad: { kind: 'tooltip', body: 'no target' },
      },
    });
    const log = eventLog();
    const errors: GuidepostError[] = [];
    render(
      <GuidepostProvider
        definition={definition}
        issues={issues}
        storage={memoryAdapter()}
        onEvent={log.onEvent}
        onError={(error) => errors.push(error)}
      >
        <CaptureEngine />
      </GuidepostProvider>,
    );
    await flush();
    expect(log.named('guide_error')).toEqual([
      expect.objectContaining({ guideId: 'bad', code: 'invalid_definition' }),
    ]);
    expect(errors).toEqual([expect.objectContaining({ guideId: 'bad' })]);
  });

  it('passes the interruption budget (interruptions) to the engine', async () => {
    const { definition } = parseGuidepost({
      guides: { ok: { kind: 'announcement', title: 'Hi' } },
    });
    render(
      <GuidepostProvider
        definition={definition}
        storage={memoryAdapter()}
        interruptions={{ gap: '10m', perSession: 1, perDay: 2 }}
      >
        <CaptureEngine />
      </GuidepostProvider>,
    );
    await flush();
    expect(captured?.interruptionBudget()).toMatchObject({
      gapMs: 600_000,
      perSession: 1,
      perDay: 2,
    });
  });
});
