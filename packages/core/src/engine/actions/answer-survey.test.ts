import { describe, expect, it } from 'vitest';
import type { SurveyAnsweredEvent } from '../../analytics/types';
import { defineGuidepost } from '../../guides';
import { decodeSnapshot, encodeSnapshot, memoryAdapter, mergeSnapshots } from '../../persistence';
import type { StorageAdapter } from '../../persistence/types';
import { scopeInputOf } from '../scope-input-of';
import { recordEngine } from '../testing/record-engine';
import { createTargeting } from '../../targeting';

const START = Date.UTC(2026, 11, 1);
const MINUTE = 60_000;

function surveys(version = 1) {
  return defineGuidepost({
    touchModel: { high: { attr: 'ltv', gte: 50_000 } },
    guides: {
      nps: {
        kind: 'survey',
        version,
        question: { type: 'nps', text: 'How likely are you to recommend us to a colleague?' },
        saveAs: 'npsScore',
      },
      invitation: {
        kind: 'announcement',
        audience: { all: [{ tier: 'high' }, { attr: 'npsScore', lte: 6 }] },
        title: 'Talk to your specialist',
      },
      feedback: {
        kind: 'survey',
        trigger: 'manual',
        question: { type: 'text', text: 'What should we improve?', maxLength: 20 },
      },
    },
  });
}

function run(
  definition: ReturnType<typeof surveys>,
  user: Record<string, unknown> = { id: 'u1', ltv: 80_000 },
  storage: StorageAdapter = memoryAdapter(),
) {
  return recordEngine(definition, { start: START, user, storage });
}

describe('answer(id, value)', () => {
  it('emits survey_answered with the answer, then completes and closes the survey', () => {
    const { engine, named } = run(surveys());
    expect(engine.getState().modal).toEqual(['nps']);
    expect(engine.answer('nps', 4)).toBe(true);
    const [answered] = named('survey_answered') as SurveyAnsweredEvent[];
    expect(answered).toEqual({
      name: 'survey_answered',
      guideId: 'nps',
      version: 1,
      tier: 'high',
      userId: 'u1',
      timestamp: START,
      question: 'nps',
      answer: 4,
      attribute: 'npsScore',
    });
    expect(named('guide_completed')).toEqual([expect.objectContaining({ guideId: 'nps' })]);
    expect(engine.getState().guides.nps).toMatchObject({ status: 'completed', open: false });
  });

  it('makes another guide’s rule on the saved attribute true, without code', () => {
    const unhappy = run(surveys());
    unhappy.engine.answer('nps', 6);
    // The interruption budget keeps a gap between two pop-ups.
    unhappy.time.advance(3 * MINUTE);
    expect(unhappy.engine.getState().modal).toEqual(['invitation']);
    expect(unhappy.engine.explain('invitation').eligible).toBe(true);

    const happy = run(surveys());
    happy.engine.answer('nps', 9);
    happy.time.advance(3 * MINUTE);
    expect(happy.engine.getState().modal).toEqual([]);
    expect(happy.engine.explain('invitation').audience?.passed).toBe(false);

    const lowTier = run(surveys(), { id: 'u2', ltv: 100 });
    lowTier.engine.answer('nps', 2);
    lowTier.time.advance(3 * MINUTE);
    expect(lowTier.engine.getState().modal).toEqual([]);
  });

  it('lets the hooks’ targeting see the saved attribute, and lets the app’s own value win', () => {
    const { engine } = run(surveys());
    engine.answer('nps', 3);
    const targeting = createTargeting({});
    const holds = (state: ReturnType<typeof engine.getState>) =>
      targeting.evaluate({ attr: 'npsScore', eq: 3 }, targeting.scope(scopeInputOf(state, START)));
    expect(holds(engine.getState())).toBe(true);
    expect(holds({ ...engine.getState(), user: { id: 'u1', npsScore: 10 } })).toBe(false);
  });

  it('never asks again once answered, across a reload, and takes no second answer', () => {
    const storage = memoryAdapter();
    const first = run(surveys(), undefined, storage);
    first.engine.answer('nps', 8);
    expect(first.engine.answer('nps', 2)).toBe(false);
    expect(first.named('survey_answered')).toHaveLength(1);
    first.engine.destroy();

    const second = run(surveys(), undefined, storage);
    expect(second.engine.getState().modal).toEqual([]);
    expect(second.engine.start('nps')).toBe(false);
    expect(second.engine.answer('nps', 1)).toBe(false);
    expect(second.named('survey_answered')).toEqual([]);
  });

  it('asks again in a new version, keeping the old answer as the attribute until a new one', () => {
    const storage = memoryAdapter();
    const first = run(surveys(1), undefined, storage);
    first.engine.answer('nps', 5);
    first.engine.destroy();

    const second = run(surveys(2), undefined, storage);
    expect(second.engine.getState().modal).toEqual(['nps']);
    const targeting = createTargeting({});
    const score = () =>
      targeting.scope(scopeInputOf(second.engine.getState(), START)).user['npsScore'];
    expect(score()).toBe(5);
    expect(second.engine.answer('nps', 10)).toBe(true);
    expect(second.named('survey_answered')).toEqual([
      expect.objectContaining({ version: 2, answer: 10 }),
    ]);
    expect(score()).toBe(10);
  });

  it('follows the usual dismiss semantics when closed without an answer', () => {
    const { engine, named, time } = run(surveys());
    engine.dismiss('nps', 'close');
    expect(named('guide_dismissed')).toEqual([
      expect.objectContaining({ guideId: 'nps', reason: 'close' }),
    ]);
    expect(engine.answer('nps', 3)).toBe(false);
    time.advance(3 * MINUTE);
    expect(engine.getState().modal).toEqual([]);
    expect(named('survey_answered')).toEqual([]);
  });

  it('trims free text, and reports an answer the question cannot take without recording it', () => {
    const { engine, errors, named } = run(surveys());
    engine.answer('nps', 3);
    expect(engine.answer('feedback', 'x'.repeat(21))).toBe(false);
    expect(engine.answer('feedback', '   ')).toBe(false);
    expect(engine.answer('nps' as never, 11)).toBe(false);
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      [
        'invalid_answer',
        'survey \'feedback\' cannot take the answer "xxxxxxxxxxxxxxxxxxxxx": expected text of 1 to 20 characters',
      ],
      [
        'invalid_answer',
        'survey \'feedback\' cannot take the answer "   ": expected text of 1 to 20 characters',
      ],
      [
        'invalid_answer',
        "survey 'nps' cannot take the answer 11: expected a whole number from 0 to 10",
      ],
    ]);
    expect(engine.answer('feedback', '  Faster exports  ')).toBe(true);
    expect(named('survey_answered').at(-1)).toMatchObject({
      question: 'text',
      answer: 'Faster exports',
    });
    expect(named('survey_answered').at(-1)).not.toHaveProperty('attribute');
  });

  it('refuses an answer to a guide that is not a survey, naming it', () => {
    const { engine, errors } = run(surveys());
    expect(engine.answer('invitation' as never, 3)).toBe(false);
    expect(errors[0]).toMatchObject({
      code: 'invalid_answer',
      guideId: 'invitation',
      message: "guide 'invitation' takes no answer: its kind is 'announcement', not 'survey'",
    });
  });

  it('reports the rollout side of a survey shown to part of its audience', () => {
    const rollout = defineGuidepost({
      guides: {
        csat: {
          kind: 'survey',
          audience: { rollout: { percent: 50, salt: 'csat' } },
          trigger: 'manual',
          question: { type: 'csat', text: 'How satisfied are you?' },
        },
      },
    });
    const sides = new Set<string | undefined>();
    for (let user = 0; user < 20; user++) {
      const { engine, named } = run(rollout as never, { id: `user-${user}` });
      engine.start('csat' as never, { force: true });
      engine.answer('csat' as never, 5);
      sides.add((named('survey_answered')[0] as SurveyAnsweredEvent | undefined)?.variant);
    }
    expect(sides).toEqual(new Set(['treatment', 'holdout']));
  });
});

describe('saved answers in the snapshot', () => {
  it('survive an encode and decode, and merge with the answered state kept', () => {
    const { engine } = run(surveys());
    engine.answer('nps', 4);
    const answered = engine.getState().snapshot;
    const decoded = decodeSnapshot(encodeSnapshot(answered), { userId: 'u1' });
    expect(decoded.status).toBe('ok');
    expect(decoded.status === 'ok' && decoded.snapshot.guides['nps']).toEqual(
      answered.guides['nps'],
    );

    const other = run(surveys()).engine.getState().snapshot;
    for (const merged of [mergeSnapshots(answered, other), mergeSnapshots(other, answered)]) {
      expect(merged.guides['nps']).toMatchObject({
        status: 'completed',
        answer: { attribute: 'npsScore', value: 4, at: START },
      });
    }
  });

  it('drops a stored answer that poses as the user id or a prototype key', () => {
    for (const attribute of ['id', '__proto__', 'not a name']) {
      const stored = JSON.stringify({
        v: 1,
        userId: 'u1',
        guides: { nps: { status: 'completed', answer: { attribute, value: 'x', at: 1 } } },
        events: {},
      });
      const decoded = decodeSnapshot(stored, { userId: 'u1' });
      const guide = decoded.status === 'ok' ? decoded.snapshot.guides['nps'] : undefined;
      expect(guide?.status).toBe('completed');
      expect(guide).not.toHaveProperty('answer');
    }
  });
});
