// The survey card: one question per step (CES with its aspect ratings), then one follow-up whose
// prompt fits the answers, then a thank-you. Each score is delivered as soon as it is chosen.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sentiment } from '../../../shared/metrics/sentiment';
import type { Answers, SurveyDef } from '../types';
import { Scale } from './Scale';

/** Arrow keys choose as they move; wait for the customer to settle before sending. */
const SCORE_DELAY = 700;

interface Props {
  def: SurveyDef;
  prefill: Answers;
  send(answers: Answers, delay: number): void;
  /** The customer sent the last step. */
  finish(): void;
  /** The close button. */
  close(): void;
}

const has = (a: Answers) => Object.keys(a).length > 0;

export function Survey({ def, prefill, send, finish, close }: Props) {
  const qs = def.questions;
  const followUps = qs.filter((q) => q.followUp);
  const last = qs.length - (followUps.length ? 0 : 1);
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>({ ...prefill });
  const [done, setDone] = useState(false);
  const cur = useRef(answers);
  const root = useRef<HTMLElement>(null);
  const focus = useRef<string[] | null>(null);

  useLayoutEffect(() => {
    const el = focus.current && root.current;
    if (!el) return;
    for (const sel of focus.current!) {
      const target = el.querySelector<HTMLElement>(sel);
      if (target) {
        target.focus();
        break;
      }
    }
    focus.current = null;
  });

  const update = (patch: Answers, delay: number) => {
    cur.current = { ...cur.current, ...patch };
    setAnswers(cur.current);
    send(cur.current, delay);
  };

  const next = () => {
    if (has(cur.current)) send(cur.current, 0);
    if (step < last) {
      setStep(step + 1);
      focus.current = ['input:checked', 'input', 'textarea'];
    } else {
      setDone(true);
      finish();
      focus.current = ['.thanks'];
    }
  };

  const q = qs[step];
  let body;
  if (done) {
    body = (
      <p class="thanks" role="status" tabIndex={-1}>
        {def.thanks}
      </p>
    );
  } else if (q) {
    const score = answers[q.kind];
    const choose = (s: number, viaEnter: boolean) => {
      update({ [q.kind]: s }, viaEnter ? 0 : SCORE_DELAY);
      if (!viaEnter) return;
      if (q.aspects.length) focus.current = ['.aspects input'];
      else next();
    };
    const list = q.kind !== 'nps';
    body = (
      <>
        <Scale
          key={q.kind}
          name={q.kind}
          label={q.prompt}
          from={list ? 1 : 0}
          options={list ? q.labels : ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']}
          value={score}
          wide={!list}
          describedBy={list ? undefined : 'anchors'}
          choose={choose}
        />
        {!list && (
          <p class="anchors" id="anchors">
            <span>0 = {q.labels[0]}</span>
            <span>10 = {q.labels[1]}</span>
          </p>
        )}
        {score !== undefined && q.aspects.length > 0 && (
          <fieldset class="aspects">
            <legend>{def.aspectsPrompt}</legend>
            {q.aspects.map((asp) => (
              <Scale
                key={asp.key}
                name={`a-${asp.key}`}
                label={asp.label}
                from={1}
                options={['1', '2', '3', '4', '5']}
                value={answers.aspects?.[asp.key]}
                wide
                choose={(s, viaEnter) => update({ aspects: { ...cur.current.aspects, [asp.key]: s } }, viaEnter ? 0 : SCORE_DELAY)}
              />
            ))}
          </fieldset>
        )}
      </>
    );
  } else {
    // The follow-up: the most negative answer decides what we ask.
    const moods = followUps
      .filter((f) => answers[f.kind] !== undefined)
      .map((f) => ({ f, m: sentiment(f.kind, answers[f.kind]!) }));
    const pickQ = moods.find((x) => x.m === 'negative') || moods.find((x) => x.m === 'neutral') || moods[0];
    const prompt = pickQ ? pickQ.f.followUp![pickQ.m] : def.commentLabel;
    body = (
      <div class="follow">
        <label for="comment">{prompt}</label>
        <textarea
          id="comment"
          rows={3}
          maxLength={5000}
          value={answers.comment || ''}
          // Kept in the delivery queue as it is typed, so leaving the page loses nothing.
          onInput={(e) => update({ comment: e.currentTarget.value }, 3000)}
        />
      </div>
    );
  }

  return (
    <section
      class="card"
      aria-labelledby="title"
      lang={def.lang}
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <header>
        <h2 id="title">{def.title}</h2>
        <button type="button" class="x" aria-label={def.dismiss} title={def.dismiss} onClick={close}>
          ×
        </button>
      </header>
      {done ? (
        body
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            next();
          }}
        >
          {body}
          <button type="submit" class="go">
            {step < last ? def.next : def.send}
          </button>
        </form>
      )}
    </section>
  );
}
