// A question's scale: a radiogroup named by the question, radios named by their visible labels.
// Native radios give arrows within the group, Tab between controls and Space to choose; Enter
// chooses too and moves on.
import { h } from 'preact';

export interface ScaleProps {
  name: string;
  label: string;
  /** Visible text of each point. */
  options: (string | number)[];
  /** Score of the first point (0 for NPS, 1 otherwise). */
  from: number;
  value: number | undefined;
  wide?: boolean;
  describedBy?: string;
  choose(score: number, viaEnter: boolean): void;
}

export function Scale(p: ScaleProps) {
  const id = `${p.name}-l`;
  return (
    <div class={p.wide ? `scale wide n${p.options.length}` : 'scale'} role="radiogroup" aria-labelledby={id} aria-describedby={p.describedBy}>
      <p class="prompt" id={id}>
        {p.label}
      </p>
      <div class="opts">
        {p.options.map((text, i) => {
          const score = p.from + i;
          return (
            <label class="opt" key={score}>
              <input
                type="radio"
                name={p.name}
                value={score}
                checked={p.value === score}
                onChange={() => p.choose(score, false)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    p.choose(score, true);
                  }
                }}
              />
              <span>{text}</span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
