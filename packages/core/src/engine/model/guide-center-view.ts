import { GuidepostError } from '../../errors/guidepost-error';
import type { CenterArticle, CenterContact } from '../../guides/center-types';
import { toEpochMs } from '../../targeting';
import type { Rule, RuleContext } from '../../targeting/types';
import { guideOf, progressOf, scopeNow, type EngineCore } from './engine-core';

/** One announcement of the guide center's "what's new", newest first. */
export interface NewsEntry<G extends string = string> {
  readonly id: G;
  /** Never shown to the user in its version, nor read in the center. */
  readonly unread: boolean;
  /** When it was published (else its schedule start), epoch ms; absent when it says neither. */
  readonly publishedAt?: number;
}

/** One checklist of the guide center's "your guides", with the user's progress. */
export interface CenterChecklist<G extends string = string> {
  readonly id: G;
  /** Items done among those the user sees. */
  readonly done: number;
  /** Items the user sees. */
  readonly total: number;
}

/**
 * What the guide center shows this user now. Every list holds only what the user's audience
 * rules allow; until the user's progress is loaded, entries with an audience are left out
 * rather than shown and then taken away.
 */
export interface GuideCenterView<G extends string = string> {
  /** Help articles this user may read, in definition order. */
  readonly articles: readonly CenterArticle[];
  /** Contact entries of the user's touch tier, upcoming sessions first (soonest first). */
  readonly contacts: readonly CenterContact[];
  /** Tours this user may replay (their audience holds, or they saw them), in definition order. */
  readonly tours: readonly G[];
  /** Checklists this user has, with progress, in definition order. */
  readonly checklists: readonly CenterChecklist<G>[];
  /** Published announcements for this user, newest first. */
  readonly news: readonly NewsEntry<G>[];
  /** How many of `news` are unread. */
  readonly unread: number;
}

/** Rules already reported as broken, so each is reported once. */
const reported = new WeakSet<object>();

function holds(
  core: EngineCore,
  rule: Rule | undefined,
  scope: () => RuleContext,
  where: string,
): boolean {
  if (rule === undefined) return true;
  if (!core.session.ready) return false;
  try {
    return core.targeting.evaluate(rule, scope());
  } catch (cause) {
    // A broken rule hides its entry alone; the center and the host app keep working.
    if (typeof rule === 'object' && !reported.has(rule)) {
      reported.add(rule);
      const message = `${where}: its audience could not be evaluated (${String(cause)})`;
      core.outbox.errors.push(new GuidepostError('rule_threw', message, { path: where }));
    }
    return false;
  }
}

function startsAtOf(contact: CenterContact): number | undefined {
  return contact.startsAt === undefined ? undefined : toEpochMs(contact.startsAt);
}

/**
 * Builds the guide center's view for this moment: the articles, contact entries, tours,
 * checklists and announcements the user's rules allow. A guide disabled as broken is left out.
 */
export function buildGuideCenterView(core: EngineCore): GuideCenterView {
  let memo: RuleContext | undefined;
  const scope = () => (memo ??= scopeNow(core));
  const now = core.clock();
  const center = core.definition.center;
  const articles = (center?.articles ?? []).filter((article) =>
    holds(core, article.audience, scope, `center.articles.${article.id}`),
  );
  const contacts = (center?.contacts ?? [])
    .filter((contact) => {
      if (contact.tier !== core.tier) return false;
      const startsAt = startsAtOf(contact);
      if (startsAt !== undefined && startsAt <= now) return false;
      return holds(core, contact.audience, scope, `center.contacts.${contact.id}`);
    })
    .map((contact, order) => ({ contact, order, startsAt: startsAtOf(contact) ?? Infinity }))
    .sort((a, b) => a.startsAt - b.startsAt || a.order - b.order)
    .map(({ contact }) => contact);

  const tours: string[] = [];
  const checklists: CenterChecklist[] = [];
  const news: (NewsEntry & { order: number })[] = [];
  for (const id of core.ids) {
    const guide = guideOf(core, id);
    const settings = core.settings.get(id);
    if (guide === undefined || settings === undefined || core.session.disabled.has(id)) continue;
    if (guide.kind !== 'tour' && guide.kind !== 'checklist' && guide.kind !== 'announcement') {
      continue;
    }
    const progress = progressOf(core, id);
    // A tour the user has seen stays replayable when its audience (often "new users who have
    // not done X yet") no longer holds: it is theirs to watch again.
    const seen = progress.shows > 0 || progress.status === 'completed';
    if (
      !(guide.kind === 'tour' && seen) &&
      !holds(core, guide.audience, scope, `guides.${id}.audience`)
    ) {
      continue;
    }
    if (guide.kind === 'tour') tours.push(id);
    else if (guide.kind === 'checklist') {
      const visible = guide.items.filter((item) =>
        holds(core, item.audience, scope, `guides.${id}.items.${item.id}.audience`),
      );
      const done = visible.filter((item) => Object.hasOwn(progress.items ?? {}, item.id)).length;
      checklists.push({ id, done, total: visible.length });
    } else {
      const publishedAt = settings.publishedMs;
      if (publishedAt !== undefined && publishedAt > now) continue;
      const seen =
        progress.shows > 0 ||
        progress.readAt !== undefined ||
        progress.status === 'completed' ||
        progress.status === 'dismissed';
      news.push({
        id,
        unread: !seen,
        order: settings.order,
        ...(publishedAt === undefined ? {} : { publishedAt }),
      });
    }
  }
  news.sort(
    (a, b) => (b.publishedAt ?? -Infinity) - (a.publishedAt ?? -Infinity) || a.order - b.order,
  );
  return {
    articles,
    contacts,
    tours,
    checklists,
    news: news.map(({ order: _order, ...entry }) => entry),
    unread: news.filter((entry) => entry.unread).length,
  };
}
