/**
 * An export the report cannot read: a missing file, an unknown format, a column it needs. The
 * message names the file and what is wrong, for the person who ran the command.
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}
