// The welcome page: short steps, one at a time, each skippable and each saved as soon as it
// is done (by the container's callbacks), with a list of the steps to jump between and a
// language switch. Presentational: data and callbacks come from entrypoints/welcome/App.tsx.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale, Translate } from '../../i18n';
import type { TestNotificationResult } from '../../platform';
import type { Routine } from '../../reminders';
import type { FeedSource } from '../../settings/feeds';
import { SelfEmailsForm } from '../options/YouSettings';
import { type CalendarCheck, CalendarStep } from './CalendarStep';
import { DoneStep } from './DoneStep';
import { LanguageSwitch } from './LanguageSwitch';
import { NudgeStep } from './NudgeStep';
import { PracticeStep } from './PracticeStep';
import { WELCOME_STEPS, type WelcomeStep } from './steps';
import './welcome.css';

export interface WelcomeViewProps {
  t: Translate;
  locale: Locale;
  now: Date;
  onLanguage: (locale: Locale) => void;
  emails: readonly string[];
  onSaveEmails: (emails: string[]) => Promise<void>;
  calendars: readonly FeedSource[];
  onAddCalendar: (url: string, name: string) => Promise<CalendarCheck>;
  onImportCalendar: (name: string, text: string) => Promise<CalendarCheck>;
  routines: readonly Routine[];
  onRoutinesChange: (routines: Routine[]) => void;
  onTestNotification: () => Promise<TestNotificationResult>;
  onPracticeMount: (signal: AbortSignal) => void;
  shortcut: string | null;
}

export function WelcomeView(props: WelcomeViewProps) {
  const { t, locale } = props;
  const [step, setStep] = useState<WelcomeStep>('you');
  const [tested, setTested] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const index = WELCOME_STEPS.findIndex((each) => each.id === step);
  const done: Record<WelcomeStep, boolean> = {
    you: props.emails.length > 0,
    calendar: props.calendars.length > 0 || props.routines.length > 0,
    nudge: tested,
    practice: false,
    done: false,
  };
  const go = (offset: number) => {
    const next = WELCOME_STEPS[index + offset];
    if (next) setStep(next.id);
  };

  // Keyboard and screen reader users land on the new step's heading, not back at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new step is a reason to move focus.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  const body = () => {
    switch (step) {
      case 'you':
        return (
          <>
            <p>{t('welcomeYouIntro')}</p>
            <SelfEmailsForm
              t={t}
              emails={props.emails}
              onSave={props.onSaveEmails}
              submitLabel={t('welcomeYouSave')}
              onSaved={() => go(1)}
            />
          </>
        );
      case 'calendar':
        return (
          <CalendarStep
            t={t}
            locale={locale}
            now={props.now}
            calendars={props.calendars}
            routines={props.routines}
            onAdd={props.onAddCalendar}
            onImport={props.onImportCalendar}
            onRoutinesChange={props.onRoutinesChange}
          />
        );
      case 'nudge':
        return (
          <NudgeStep
            t={t}
            onTest={async () => {
              const result = await props.onTestNotification();
              setTested(true);
              return result;
            }}
          />
        );
      case 'practice':
        return <PracticeStep t={t} onMount={props.onPracticeMount} />;
      case 'done':
        return <DoneStep t={t} shortcut={props.shortcut} />;
    }
  };

  return (
    <div class="welcome">
      <header class="welcome-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('welcomeTitle')}</h1>
        <LanguageSwitch t={t} locale={locale} onChange={props.onLanguage} />
        <p class="welcome-intro">{t('welcomeIntro')}</p>
      </header>
      <nav aria-label={t('welcomeStepsLabel')}>
        <ol class="welcome-steps">
          {WELCOME_STEPS.map((each, position) => (
            <li key={each.id}>
              <button
                type="button"
                class="quiet"
                aria-current={each.id === step ? 'step' : undefined}
                onClick={() => setStep(each.id)}
              >
                {position + 1}. {t(each.heading)}
                {done[each.id] && (
                  <>
                    <span aria-hidden="true"> ✓</span>
                    <span class="visually-hidden"> {t('welcomeStepDone')}</span>
                  </>
                )}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <main>
        {/* Only the practice box is a place for the chip; the other steps' fields are not messages. */}
        <section
          class="card welcome-step"
          aria-labelledby="step-heading"
          data-echt={step === 'practice' ? undefined : 'off'}
        >
          <h2 id="step-heading" tabIndex={-1} ref={heading}>
            {t(WELCOME_STEPS[index]?.heading ?? 'welcomeTitle')}
          </h2>
          {body()}
          {step !== 'done' && (
            <div class="row welcome-actions">
              {index > 0 && (
                <button type="button" class="quiet" onClick={() => go(-1)}>
                  {t('welcomeBack')}
                </button>
              )}
              {done[step] || step === 'practice' ? (
                <button type="button" onClick={() => go(1)}>
                  {t('welcomeNext')}
                </button>
              ) : (
                <button type="button" class="quiet" onClick={() => go(1)}>
                  {t('welcomeSkip')}
                </button>
              )}
            </div>
          )}
        </section>
      </main>
    </div>
  );
}
