/**
 * Every piece of text Guidepost's own controls show. Templates take `{name}` placeholders,
 * filled by {@link formatLabel}. Override any of them per provider or per component.
 */
export interface Labels {
  /** Button that goes to the next step. */
  readonly next: string;
  /** Button that goes to the previous step. */
  readonly back: string;
  /** Button that ends a tour early. */
  readonly skip: string;
  /** Button on the last step. */
  readonly done: string;
  /** Accessible name of the close button. */
  readonly close: string;
  /** Progress through a tour; placeholders `{current}` and `{total}`. */
  readonly stepProgress: string;
  /** Choice that dismisses a guide for good. */
  readonly dontShowAgain: string;
  /** Accessible name of a hint's beacon. */
  readonly openHint: string;
  /** Accessible name of a checklist and its launcher. */
  readonly checklist: string;
  /** Progress through a checklist; placeholders `{done}` and `{total}`. */
  readonly checklistProgress: string;
}
