import type { SavedAnswer, Snapshot } from '../../persistence/types';
import type { UserAttributes } from '../../targeting/types';

type Answers = Readonly<Record<string, SavedAnswer>>;

const NO_ANSWERS: Answers = Object.freeze({});
const answersByGuides = new WeakMap<Snapshot['guides'], Answers>();
const usersByAnswers = new WeakMap<Answers, WeakMap<UserAttributes, UserAttributes>>();

/** The survey answers kept as attributes in a snapshot, by attribute: the latest of each. */
export function savedAnswersOf(snapshot: Snapshot): Answers {
  const cached = answersByGuides.get(snapshot.guides);
  if (cached !== undefined) return cached;
  let answers: Record<string, SavedAnswer> | undefined;
  for (const guideId of Object.keys(snapshot.guides)) {
    const answer = Object.hasOwn(snapshot.guides, guideId)
      ? snapshot.guides[guideId]?.answer
      : undefined;
    if (answer === undefined) continue;
    answers ??= Object.create(null) as Record<string, SavedAnswer>;
    const kept = answers[answer.attribute];
    if (kept === undefined || answer.at > kept.at) answers[answer.attribute] = answer;
  }
  const result = answers ?? NO_ANSWERS;
  answersByGuides.set(snapshot.guides, result);
  return result;
}

/**
 * The attributes rules see: the user's as the app gave them, with the survey answers kept as
 * attributes (`saveAs`) filled in where the app gave none of that name. The same objects in give
 * the same object out, so the targeting caches keyed on the user keep working.
 *
 * @example
 * withSavedAnswers({ id: 'u1', plan: 'pro' }, snapshot); // { id: 'u1', plan: 'pro', npsScore: 4 }
 */
export function withSavedAnswers(user: UserAttributes, snapshot: Snapshot): UserAttributes {
  const answers = savedAnswersOf(snapshot);
  const names = Object.keys(answers);
  if (names.length === 0) return user;
  let byUser = usersByAnswers.get(answers);
  if (byUser === undefined) {
    byUser = new WeakMap();
    usersByAnswers.set(answers, byUser);
  }
  const cached = byUser.get(user);
  if (cached !== undefined) return cached;
  const merged: Record<string, unknown> = { ...user };
  for (const name of names) {
    // The app's own value wins: it may come from a source the app trusts more.
    if (Object.hasOwn(user, name) && user[name] !== undefined) continue;
    Object.defineProperty(merged, name, {
      value: answers[name]?.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  byUser.set(user, merged);
  return merged;
}
