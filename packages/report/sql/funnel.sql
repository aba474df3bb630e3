-- Guidepost funnel: for each guide and version, how many users reached each stage
-- (shown, each tour step, a survey answered, completed, goal reached), by the touch tier and plan
-- of their first show.
--
-- Reads the table or view guidepost_events (event_name, guide_id, guide_version, tier, plan,
-- user_id, ts, step_id, step_index, variant); see docs/report.md for how to build it from an export.
-- Portable SQL: the same text runs on DuckDB, PostgreSQL, BigQuery and ClickHouse (numbers that
-- meet in UNION ALL are cast to BIGINT, a name all four know, so their types agree).
-- Users are partitioned by (tier, plan), so counts add up across segments.
-- Only users who were shown the guide are counted: holdout users reach goals too, in lift.sql.
WITH shown AS (
  SELECT guide_id, guide_version, user_id, tier, plan
  FROM (
    SELECT
      guide_id,
      guide_version,
      user_id,
      COALESCE(tier, 'unknown') AS tier,
      COALESCE(plan, 'unknown') AS plan,
      ROW_NUMBER() OVER (
        PARTITION BY guide_id, guide_version, user_id
        ORDER BY ts, tier, plan
      ) AS rank_in_user
    FROM guidepost_events
    WHERE event_name = 'guide_shown' AND user_id IS NOT NULL
  ) AS ranked
  WHERE rank_in_user = 1
),
reached AS (
  SELECT DISTINCT
    guide_id,
    guide_version,
    user_id,
    CASE event_name
      WHEN 'step_viewed' THEN 'step'
      WHEN 'guide_completed' THEN 'completed'
      WHEN 'survey_answered' THEN 'answered'
      ELSE 'goal'
    END AS stage,
    CAST(CASE WHEN event_name = 'step_viewed' THEN COALESCE(step_index, -1) ELSE -1 END AS BIGINT)
      AS step_index,
    CASE WHEN event_name = 'step_viewed' THEN COALESCE(step_id, '') ELSE '' END AS step_id
  FROM guidepost_events
  WHERE event_name IN ('step_viewed', 'survey_answered', 'guide_completed', 'goal_reached')
    AND user_id IS NOT NULL
),
stages AS (
  SELECT guide_id, guide_version, user_id, 'shown' AS stage, CAST(-1 AS BIGINT) AS step_index, '' AS step_id
  FROM shown
  UNION ALL
  SELECT guide_id, guide_version, user_id, stage, step_index, step_id
  FROM reached
)
SELECT
  s.guide_id,
  s.guide_version,
  u.tier,
  u.plan,
  s.stage,
  s.step_index,
  s.step_id,
  COUNT(DISTINCT s.user_id) AS users
FROM stages AS s
JOIN shown AS u
  ON u.guide_id = s.guide_id AND u.guide_version = s.guide_version AND u.user_id = s.user_id
GROUP BY s.guide_id, s.guide_version, u.tier, u.plan, s.stage, s.step_index, s.step_id
ORDER BY s.guide_id, s.guide_version, u.tier, u.plan, s.stage, s.step_index, s.step_id
