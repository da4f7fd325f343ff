// A distribution as one stacked horizontal bar (SVG, hidden from screen readers) with a text legend
// that carries every number, so nothing is conveyed by colour alone.
import { num, share } from '../lib/format';

export interface Segment {
  label: string;
  count: number;
  /** CSS class giving the colour: t-bad, t-mid, t-good or s1…s5. */
  tone: string;
}

export function DistBar({ segments, caption }: { segments: Segment[]; caption: string }) {
  const total = segments.reduce((n, s) => n + s.count, 0);
  let x = 0;
  return (
    <figure class="dist">
      <figcaption class="sr-only">{caption}</figcaption>
      <svg
        class="dist-bar"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="dist-bg" x="0" y="0" width="100" height="6" />
        {total > 0 &&
          segments.map((s) => {
            const w = (100 * s.count) / total;
            const rect = <rect key={s.label} class={s.tone} x={x} y="0" width={w} height="6" />;
            x += w;
            return rect;
          })}
      </svg>
      <ul class="dist-legend">
        {segments.map((s) => (
          <li key={s.label}>
            <span class={`swatch ${s.tone}`} aria-hidden="true" />
            {s.label}: <strong>{num(s.count)}</strong> ({share(s.count, total)})
          </li>
        ))}
      </ul>
    </figure>
  );
}
