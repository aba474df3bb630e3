import { useAnimate } from 'framer-motion/mini';
import { useLayoutEffect, useMemo, type HTMLAttributes, type Ref } from 'react';
import { prefersReducedMotion } from '../dom/prefers-reduced-motion';
import { canAnimate } from '../dom/can-animate';
import { composeRefs } from '../parts/compose-refs';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link ChecklistCelebration}. */
export interface ChecklistCelebrationProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * Shown once, when the last item is done while the user watches: "All done!" with a short
 * pop (none when the user prefers reduced motion). The live region says it too. Renders
 * nothing otherwise; give children for your own message.
 *
 * @example
 * <ChecklistCelebration />
 */
export const ChecklistCelebration = withRef(function ChecklistCelebration(
  props: ChecklistCelebrationProps,
) {
  const { celebrating } = useChecklistContext('ChecklistCelebration');
  return celebrating ? <Celebration {...props} /> : null;
});

const Celebration = withRef(function Celebration({
  className,
  children,
  ref,
  ...props
}: ChecklistCelebrationProps) {
  const context = useChecklistContext('ChecklistCelebration');
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const setRef = useMemo(() => composeRefs<HTMLDivElement>(ref, scope), [ref, scope]);
  useLayoutEffect(() => {
    const element = scope.current;
    if (!canAnimate(element) || prefersReducedMotion()) return;
    const controls = animate(
      element,
      { opacity: ['0', '1', '1'], scale: ['0.6', '1.06', '1'] },
      { duration: 0.45, ease: [0.16, 1, 0.3, 1] },
    );
    return () => controls.stop();
  }, [scope, animate]);
  return (
    <div
      {...props}
      ref={setRef}
      data-state="celebrating"
      className={partClassName('celebration', context, className)}
    >
      {children ?? (
        <>
          <svg
            className="gp-checklist-celebration-icon"
            viewBox="0 0 24 24"
            width="32"
            height="32"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M12 2.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3.1-5.4 3.1 1.2-6L3.3 8.8l6.1-.7z" />
          </svg>
          <p className="gp-checklist-celebration-title">{context.labels.checklistAllDone}</p>
          <p className="gp-checklist-celebration-detail">{context.labels.checklistAllDoneDetail}</p>
        </>
      )}
    </div>
  );
});
