/** One step of the schema, applied once, in order of `version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema, as versioned steps. A released step is never edited: a change is a new step with
 * the next version, so every database reaches the same schema by the same path.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'progress, idempotency keys, events, definitions',
    sql: `
CREATE TABLE guidepost_progress (
  user_id text PRIMARY KEY,
  schema_version integer NOT NULL,
  snapshot jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guidepost_idempotency_keys (
  user_id text NOT NULL,
  key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX guidepost_idempotency_keys_created_at ON guidepost_idempotency_keys (created_at);

CREATE TABLE guidepost_events (
  user_id text NOT NULL,
  id text NOT NULL,
  name text NOT NULL,
  guide_id text NOT NULL,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  event jsonb NOT NULL,
  PRIMARY KEY (user_id, id)
);
CREATE INDEX guidepost_events_user_time ON guidepost_events (user_id, occurred_at);

CREATE TABLE guidepost_definitions (
  version integer PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('draft', 'published')),
  definition jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_by text,
  published_at timestamptz
);

-- A published version is immutable, whatever code writes to the table.
CREATE FUNCTION guidepost_definitions_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'guidepost definition version % is published and cannot change', OLD.version;
  END IF;
  RETURN COALESCE(NEW, OLD);
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER guidepost_definitions_immutable
  BEFORE UPDATE OR DELETE ON guidepost_definitions
  FOR EACH ROW EXECUTE FUNCTION guidepost_definitions_immutable();

-- Every publish and roll-back, in order: the last row is what clients get.
CREATE TABLE guidepost_releases (
  id bigserial PRIMARY KEY,
  version integer NOT NULL REFERENCES guidepost_definitions (version),
  kind text NOT NULL CHECK (kind IN ('publish', 'rollback')),
  released_by text,
  released_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
];
