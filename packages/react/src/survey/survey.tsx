import type { GuideIdOfKind, GuidepostDefinition } from '@guidepost/core';
import { Actions } from '../parts/actions';
import { rootSettingsProps } from '../parts/root-settings-props';
import type { OneLineProps } from '../parts/surface-root-props';
import type { RegisteredDefinition } from '../register/register';
import { SurveyAnswer } from './survey-answer';
import type { SurveyClassNames } from './survey-class-names';
import { SurveyContent } from './survey-content';
import type { SurveyLabels } from './survey-labels';
import { SurveyOverlay } from './survey-overlay';
import { surveyParts } from './survey-parts';
import { SurveyPortal } from './survey-portal';
import { SurveyQuestion } from './survey-question';
import { SurveyRoot } from './survey-root';
import { SurveySubmit } from './survey-submit';
import { SurveyThanks } from './survey-thanks';

const { Title: SurveyTitle, Close: SurveyClose } = surveyParts;

/**
 * Props of {@link Survey}. With the definition registered (see `Register`), or its type passed
 * (`<Survey<typeof definition> id>`), a misspelt survey id does not compile.
 */
export interface SurveyProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends OneLineProps<SurveyClassNames, SurveyLabels> {
  /** The survey to show. */
  readonly id: GuideIdOfKind<D, 'survey'>;
  /** Called when the dialog opens and when it closes. */
  readonly onOpenChange?: (open: boolean) => void;
}

/**
 * The survey in one line, with the default look: the parts composed as
 * `Root > Portal > (Overlay, Content > (Close, Title, Question, Answer, Submit, Thanks))`.
 *
 * @example
 * <Survey id="nps-2026" />
 * <Survey id="nps-2026" locale="ja" />
 */
function SurveyDefault<D extends GuidepostDefinition = RegisteredDefinition>({
  id,
  className,
  onOpenChange,
  ...settings
}: SurveyProps<D>) {
  return (
    <SurveyRoot<D>
      id={id}
      {...rootSettingsProps(settings)}
      {...(onOpenChange === undefined ? {} : { onOpenChange })}
    >
      <SurveyPortal>
        <SurveyOverlay />
        <SurveyContent {...(className === undefined ? {} : { className })}>
          <SurveyClose />
          <SurveyTitle />
          <SurveyQuestion />
          <SurveyAnswer />
          <SurveyThanks />
          <Actions unstyled={settings.unstyled}>
            <SurveySubmit />
          </Actions>
        </SurveyContent>
      </SurveyPortal>
    </SurveyRoot>
  );
}

/**
 * A one-question survey (NPS, CSAT, a choice or free text) in a modal dialog:
 * `<Survey id="nps-2026" />` renders the default look, and `Survey.Root`, `Survey.Portal`,
 * `Survey.Overlay`, `Survey.Content`, `Survey.Title`, `Survey.Question`, `Survey.Answer`,
 * `Survey.Submit`, `Survey.Thanks` and `Survey.Close` are its parts, reached only through
 * `Survey`. `useSurvey(id)` gives the same data to a look of your own.
 *
 * @example
 * <Survey.Root id="nps-2026">
 *   <Survey.Portal>
 *     <Survey.Overlay />
 *     <Survey.Content>
 *       <Survey.Question /><Survey.Answer /><Survey.Submit /><Survey.Thanks /><Survey.Close />
 *     </Survey.Content>
 *   </Survey.Portal>
 * </Survey.Root>
 */
export const Survey = Object.assign(SurveyDefault, {
  Root: SurveyRoot,
  Portal: SurveyPortal,
  Overlay: SurveyOverlay,
  Content: SurveyContent,
  Title: SurveyTitle,
  Question: SurveyQuestion,
  Answer: SurveyAnswer,
  Submit: SurveySubmit,
  Thanks: SurveyThanks,
  Close: SurveyClose,
});
