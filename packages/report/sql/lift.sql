-- Guidepost goal lift: for each guide and version with a rollout, the share of exposed users who
-- reached the guide's goal, treatment against holdout, the difference with its 95% interval, and
-- how many more users (at the current split) it takes to tell that difference from zero.
--
-- Reads the table or view guidepost_events (see docs/report.md). Portable SQL: the same text runs
-- on DuckDB, PostgreSQL, BigQuery and ClickHouse.
-- Users are compared as they were exposed (intention to treat): a treatment user who closed the
-- guide at once still counts as treatment, and a holdout user never saw it.
-- Interval: normal approximation of the difference of two proportions (Wald), z = 1.959964.
-- Sample size: two-sided test at the 5% level with 80% power (z = 1.959964 + 0.841621) for the
-- observed difference, keeping the ratio of treatment to holdout users; NULL when it is zero.
WITH exposed AS (
  SELECT guide_id, guide_version, user_id, variant
  FROM (
    SELECT
      guide_id,
      guide_version,
      user_id,
      variant,
      ROW_NUMBER() OVER (
        PARTITION BY guide_id, guide_version, user_id
        ORDER BY ts, variant
      ) AS rank_in_user
    FROM guidepost_events
    WHERE event_name = 'exposure' AND user_id IS NOT NULL AND variant IN ('treatment', 'holdout')
  ) AS ranked
  WHERE rank_in_user = 1
),
reached AS (
  SELECT DISTINCT guide_id, guide_version, user_id, 1 AS hit
  FROM guidepost_events
  WHERE event_name = 'goal_reached' AND user_id IS NOT NULL
),
arms AS (
  SELECT
    e.guide_id,
    e.guide_version,
    SUM(CASE WHEN e.variant = 'treatment' THEN 1 ELSE 0 END) AS treatment_users,
    SUM(CASE WHEN e.variant = 'treatment' THEN COALESCE(r.hit, 0) ELSE 0 END) AS treatment_reached,
    SUM(CASE WHEN e.variant = 'holdout' THEN 1 ELSE 0 END) AS holdout_users,
    SUM(CASE WHEN e.variant = 'holdout' THEN COALESCE(r.hit, 0) ELSE 0 END) AS holdout_reached
  FROM exposed AS e
  LEFT JOIN reached AS r
    ON r.guide_id = e.guide_id AND r.guide_version = e.guide_version AND r.user_id = e.user_id
  GROUP BY e.guide_id, e.guide_version
),
rates AS (
  SELECT
    guide_id,
    guide_version,
    treatment_users,
    treatment_reached,
    holdout_users,
    holdout_reached,
    1.0 * treatment_reached / treatment_users AS treatment_rate,
    1.0 * holdout_reached / holdout_users AS holdout_rate,
    1.0 * treatment_users / holdout_users AS split
  FROM arms
  WHERE treatment_users > 0 AND holdout_users > 0
),
lifts AS (
  SELECT
    rates.*,
    treatment_rate - holdout_rate AS lift,
    SQRT(
      treatment_rate * (1 - treatment_rate) / treatment_users
      + holdout_rate * (1 - holdout_rate) / holdout_users
    ) AS standard_error,
    (treatment_rate * (1 - treatment_rate) / split + holdout_rate * (1 - holdout_rate))
      * (2.801585 * 2.801585)
      / NULLIF((treatment_rate - holdout_rate) * (treatment_rate - holdout_rate), 0)
      AS holdout_users_required
  FROM rates
)
SELECT
  guide_id,
  guide_version,
  treatment_users,
  treatment_reached,
  holdout_users,
  holdout_reached,
  treatment_rate,
  holdout_rate,
  lift,
  lift - 1.959964 * standard_error AS lift_low,
  lift + 1.959964 * standard_error AS lift_high,
  CASE
    WHEN holdout_users_required IS NULL THEN NULL
    ELSE GREATEST(
      0,
      CEIL(holdout_users_required * (1 + split) - (treatment_users + holdout_users))
    )
  END AS users_needed
FROM lifts
ORDER BY guide_id, guide_version
