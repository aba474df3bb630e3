import { useId, useState } from 'react';

/** Props of {@link ExportPanel}. */
export interface ExportPanelProps {
  /** The guide's id, which names the downloaded files. */
  readonly id: string;
  readonly typescript: string;
  readonly json: string;
  /** What the validator found wrong; the export waits until it is empty. */
  readonly issues: readonly string[];
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the object URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface ExportFormatProps {
  /** Id of the heading, which labels the scrollable export. */
  readonly headingId: string;
  readonly heading: string;
  /** Names the format in the buttons and in the status line ("Copy JSON"). */
  readonly label: string;
  readonly text: string;
  /** Id of the validator's verdict, which says why the buttons may be off. */
  readonly describedBy: string;
  readonly disabled: boolean;
  readonly onCopy: (label: string, text: string) => void;
  readonly onDownload: () => void;
}

/** One export format: its heading, the text to read, then Copy and Download. */
function ExportFormat({
  headingId,
  heading,
  label,
  text,
  describedBy,
  disabled,
  onCopy,
  onDownload,
}: ExportFormatProps) {
  return (
    <>
      <h4 id={headingId}>{heading}</h4>
      {/* Focusable so keyboard users can scroll a long export. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre role="region" tabIndex={0} aria-labelledby={headingId}>
        <code>{text}</code>
      </pre>
      <div className="gp-devtools-export-actions">
        <button
          type="button"
          disabled={disabled}
          aria-describedby={describedBy}
          onClick={() => onCopy(label, text)}
        >
          {`Copy ${label}`}
        </button>
        <button
          type="button"
          disabled={disabled}
          aria-describedby={describedBy}
          onClick={onDownload}
        >
          {`Download ${label}`}
        </button>
      </div>
    </>
  );
}

/**
 * The drafted guide, ready for a pull request: as TypeScript for the definition file and as
 * JSON for server definitions, each with Copy and Download. While the validator finds
 * problems, they are listed and the buttons are off.
 */
export function ExportPanel({ id, typescript, json, issues }: ExportPanelProps) {
  const baseId = useId();
  const [status, setStatus] = useState('');
  const valid = issues.length === 0;
  const copy = (label: string, text: string) => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard === undefined) {
      setStatus(`Copying is not allowed here: select the ${label} and copy it.`);
      return;
    }
    clipboard.writeText(text).then(
      () => setStatus(`${label} copied.`),
      () => setStatus(`Copying was refused: select the ${label} and copy it.`),
    );
  };
  const fileName = id === '' ? 'guide' : id;
  return (
    <div className="gp-devtools-export">
      {valid ? (
        <p id={`${baseId}-valid`}>The definition validator finds no problem in this guide.</p>
      ) : (
        <div id={`${baseId}-valid`}>
          <p>Not ready to export; the definition validator says:</p>
          <ul className="gp-devtools-issues">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
      <ExportFormat
        headingId={`${baseId}-ts`}
        heading="TypeScript, for the definition file"
        label="TypeScript"
        text={typescript}
        describedBy={`${baseId}-valid`}
        disabled={!valid}
        onCopy={copy}
        onDownload={() => download(`${fileName}.guide.ts`, typescript, 'text/typescript')}
      />
      <ExportFormat
        headingId={`${baseId}-json`}
        heading="JSON, for server definitions"
        label="JSON"
        text={json}
        describedBy={`${baseId}-valid`}
        disabled={!valid}
        onCopy={copy}
        onDownload={() => download(`${fileName}.guide.json`, json, 'application/json')}
      />
      <p className="gp-devtools-export-status" role="status">
        {status}
      </p>
    </div>
  );
}
