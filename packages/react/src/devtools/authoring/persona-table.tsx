import type { PersonaVerdict } from './persona-verdicts';

/** Props of {@link PersonaTable}. */
export interface PersonaTableProps {
  readonly verdicts: readonly PersonaVerdict[];
  /** The table's caption. */
  readonly caption: string;
}

/**
 * Who would get the drafted guide: one row per persona with its touch tier, its segments and
 * the engine's verdict, with the reasons when it is no.
 */
export function PersonaTable({ verdicts, caption }: PersonaTableProps) {
  return (
    <table className="gp-devtools-personas">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Persona</th>
          <th scope="col">Tier</th>
          <th scope="col">Segments</th>
          <th scope="col">Gets it</th>
        </tr>
      </thead>
      <tbody>
        {verdicts.map((verdict) => (
          <tr key={verdict.persona} data-gets={verdict.gets}>
            <th scope="row">{verdict.persona}</th>
            <td>{verdict.tier}</td>
            <td>{verdict.segments.length === 0 ? 'none' : verdict.segments.join(', ')}</td>
            <td>{verdict.gets ? 'yes' : `no: ${verdict.reasons.join('; ')}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
