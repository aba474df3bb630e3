import { useId, useState } from 'react';
import type { DemoCopy } from './demo-copy';

/** Props of {@link NewProjectPage}. */
export interface NewProjectPageProps {
  readonly copy: DemoCopy;
  readonly onCreate: (name: string) => void;
  readonly onCancel: () => void;
}

/** The "new project" flow: a name, a template, and Create. */
export function NewProjectPage({ copy, onCreate, onCancel }: NewProjectPageProps) {
  const id = useId();
  const text = copy.newProject;
  const [name, setName] = useState('');
  return (
    <>
      <h1>{text.title}</h1>
      <form
        className="demo-form"
        data-guidepost="project-form"
        onSubmit={(event) => {
          event.preventDefault();
          onCreate(name.trim() === '' ? (text.templates[0] ?? '') : name.trim());
        }}
      >
        <label htmlFor={`${id}-name`}>{text.name}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <label htmlFor={`${id}-template`}>{text.template}</label>
        <select id={`${id}-template`} defaultValue={text.templates[0]}>
          {text.templates.map((template) => (
            <option key={template}>{template}</option>
          ))}
        </select>
        <div className="demo-actions">
          <button type="submit" data-variant="primary">
            {text.submit}
          </button>
          <button type="button" onClick={onCancel}>
            {text.cancel}
          </button>
        </div>
      </form>
    </>
  );
}
