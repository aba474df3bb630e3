import { useLayoutEffect, type ReactNode } from 'react';

/** Props of {@link DocumentAttributes}. */
export interface DocumentAttributesProps {
  /** Attributes to set on `<html>` while the story is shown, as an app would (`dir`, `lang`, `data-gp-theme`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children?: ReactNode;
}

/**
 * Sets attributes on `<html>` while the story is shown and puts the old values back after, so
 * portalled surfaces (dialogs at the end of `<body>`) see the direction, language and theme too.
 */
export function DocumentAttributes({ attributes, children }: DocumentAttributesProps) {
  const key = JSON.stringify(attributes);
  useLayoutEffect(() => {
    const root = document.documentElement;
    const entries = Object.entries(JSON.parse(key) as Record<string, string>);
    const previous = entries.map(([name]) => [name, root.getAttribute(name)] as const);
    for (const [name, value] of entries) root.setAttribute(name, value);
    return () => {
      for (const [name, value] of previous) {
        if (value === null) root.removeAttribute(name);
        else root.setAttribute(name, value);
      }
    };
  }, [key]);
  return children;
}
