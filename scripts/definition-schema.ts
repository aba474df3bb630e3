// Writes packages/core/schema/definition.schema.json, the JSON Schema of the definition format,
// from the validator of @guidepost/core (see createDefinitionSchema). Run `pnpm schema` after a
// change to the validator; the core test suite fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { createDefinitionSchema } from '../packages/core/src/guides/schema/definition-schema';

// Bundled to node_modules/.cache/guidepost-scripts/ before it runs (node runs no TypeScript).
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const file = join(root, 'packages/core/schema/definition.schema.json');

const text = await format(JSON.stringify(createDefinitionSchema()), {
  ...(await resolveConfig(file)),
  parser: 'json',
});
writeFileSync(file, text);
process.stdout.write(`wrote ${file}\n`);
