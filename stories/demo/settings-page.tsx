import { Tooltip } from '@guidepost/react';
import { useId, useState } from 'react';
import type { DemoCopy } from './demo-copy';

/** Props of {@link SettingsPage}. */
export interface SettingsPageProps {
  readonly copy: DemoCopy;
  readonly locale: 'en' | 'ja';
  readonly onInvite: (email: string) => void;
}

/** Team settings: invite a teammate by email. */
export function SettingsPage({ copy, locale, onInvite }: SettingsPageProps) {
  const id = useId();
  const text = copy.settings;
  const [email, setEmail] = useState('sam@example.com');
  const [sent, setSent] = useState<string | undefined>(undefined);
  return (
    <>
      <h1>{text.title}</h1>
      <section aria-labelledby={`${id}-team`}>
        <h2 id={`${id}-team`}>{text.teamTitle}</h2>
        <form
          className="demo-form"
          data-guidepost="invite-form"
          onSubmit={(event) => {
            event.preventDefault();
            onInvite(email);
            setSent(email);
          }}
        >
          <label htmlFor={`${id}-email`}>{text.email}</label>
          <input
            id={`${id}-email`}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <div className="demo-actions">
            <button type="submit" data-variant="primary" data-guidepost="invite-teammate">
              {text.invite}
            </button>
            <Tooltip id="invite-hint" locale={locale} />
          </div>
        </form>
        <p role="status">{sent === undefined ? '' : text.invited(sent)}</p>
      </section>
    </>
  );
}
