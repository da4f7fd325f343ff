// The survey card: one question per step (CES with its aspect ratings), then one follow-up whose
// prompt fits the answers, then a thank-you. Each score is delivered as soon as it is chosen.
// A strip and "Question n of m" say where the customer is; Back returns to the step before. Before
// the first choice the card is only the question and its scale, so a phone's sheet stays small.
// A class component: Preact's Component is in its core anyway, hooks would add ~0.9 KB brotli.
import { Component, Fragment, h } from 'preact';
import type { Answers, SurveyDef } from '../types';
import { MOODS, rank } from './rank';
import { Scale } from './Scale';

/** Arrow keys choose as they move; wait for the customer to settle before sending. */
const SCORE_DELAY = 700;
/** Where focus goes when a question step opens: its chosen point, else its first control. */
const STEP_FOCUS = ['input:checked', 'input', 'textarea'];

interface Props {
  def: SurveyDef;
  prefill: Answers;
  send(answers: Answers, delay: number): void;
  /** The customer sent the last step. */
  finish(): void;
  /** The close button. */
  close(): void;
}

interface State {
  step: number;
  done?: boolean;
}

export class Survey extends Component<Props, State> {
  override state: State = { step: 0 };
  /** The answers so far; ahead of the render, so choices made in quick succession all count. */
  a: Answers = { ...this.props.prefill };
  /** Selectors, in order of preference, of what to focus after the next render. */
  f?: string[];

  override componentDidUpdate() {
    for (const sel of this.f || []) {
      const el = (this.base as HTMLElement).querySelector<HTMLElement>(sel);
      if (el) {
        el.focus();
        break;
      }
    }
    this.f = undefined;
  }

  update(patch: Answers, delay: number) {
    this.a = { ...this.a, ...patch };
    this.props.send(this.a, delay);
    this.setState({});
  }

  back() {
    this.f = STEP_FOCUS;
    this.setState({ step: this.state.step - 1 });
  }

  next() {
    const { step } = this.state;
    if (Object.keys(this.a).length) this.props.send(this.a, 0);
    if (step < this.last()) {
      this.f = STEP_FOCUS;
      this.setState({ step: step + 1 });
    } else {
      this.f = ['.thanks'];
      this.setState({ done: true });
      this.props.finish();
    }
  }

  /** The last step: the follow-up if any question has one, else the last question. */
  last() {
    const qs = this.props.def.questions;
    return qs.length - (qs.some((q) => q.followUp) ? 0 : 1);
  }

  render({ def, close }: Props, { step, done }: State) {
    const answers = this.a;
    const q = def.questions[step];
    const steps = this.last() + 1;
    let body;
    if (done) {
      body = (
        <p class="thanks" role="status" tabIndex={-1}>
          {def.thanks}
        </p>
      );
    } else if (q) {
      const score = answers[q.kind];
      const list = q.kind !== 'nps';
      body = (
        <>
          <Scale
            key={q.kind}
            name={q.kind}
            label={q.prompt}
            options={list ? q.labels : [...Array(11).keys()]}
            from={list ? 1 : 0}
            value={score}
            wide={!list}
            describedBy={list ? 'pg' : 'pg anchors'}
            choose={(s, viaEnter) => {
              this.update({ [q.kind]: s }, viaEnter ? 0 : SCORE_DELAY);
              if (!viaEnter) return;
              if (q.aspects.length) this.f = ['.aspects input'];
              else this.next();
            }}
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
              <p class="anchors" id="ends">
                <span>1 = {def.aspectAnchors[0]}</span>
                <span>5 = {def.aspectAnchors[1]}</span>
              </p>
              {q.aspects.map((asp) => (
                <Scale
                  key={asp.key}
                  name={`a-${asp.key}`}
                  label={asp.label}
                  options={[1, 2, 3, 4, 5]}
                  from={1}
                  value={answers.aspects?.[asp.key]}
                  wide
                  describedBy="ends"
                  choose={(s, viaEnter) => this.update({ aspects: { ...this.a.aspects, [asp.key]: s } }, viaEnter ? 0 : SCORE_DELAY)}
                />
              ))}
            </fieldset>
          )}
        </>
      );
    } else {
      // The follow-up: the most negative answer decides what we ask.
      let pick: [number, string] | undefined;
      for (const f of def.questions) {
        const v = answers[f.kind];
        if (!f.followUp || v === undefined) continue;
        const r = rank(f.kind, v);
        if (!pick || r < pick[0]) pick = [r, f.followUp[MOODS[r]]];
      }
      body = (
        <div class="follow">
          <label for="comment">{pick ? pick[1] : def.commentLabel}</label>
          <textarea
            id="comment"
            rows={3}
            maxLength={5000}
            aria-describedby="pg"
            value={answers.comment || ''}
            // Kept in the delivery queue as it is typed, so leaving the page loses nothing.
            onInput={(e) => this.update({ comment: e.currentTarget.value }, 3000)}
          />
        </div>
      );
    }

    return (
      <section
        class="card"
        aria-labelledby="title"
        lang={def.lang}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
      >
        {!done && (
          <div class="bar" aria-hidden="true">
            {[...Array(steps).keys()].map((i) => (
              <i class={i > step ? '' : 'on'} />
            ))}
          </div>
        )}
        <header>
          {step > 0 && !done && (
            <button type="button" class="back" onClick={() => this.back()}>
              ‹ {def.back}
            </button>
          )}
          <h2 id="title" class="sr">
            {def.title}
          </h2>
          <p id="pg" class={step > 0 && !done ? 'pg' : 'pg sr'}>
            {def.progress.replace('{n}', String(step + 1)).replace('{m}', String(steps))}
          </p>
          <button type="button" class="x" aria-label={def.dismiss} onClick={close}>
            ×
          </button>
        </header>
        {done ? (
          body
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              this.next();
            }}
          >
            {body}
            {/* The first question's Next appears once it is answered: before that the card stays small. */}
            {(step > 0 || !q || answers[q.kind] !== undefined) && (
              <button type="submit" class="go">
                {step < this.last() ? def.next : def.send}
              </button>
            )}
          </form>
        )}
      </section>
    );
  }
}
