// The email-link funnel of a period: links issued → opened by a person → answered, with its rates, and
// each source's share of the answers. Unrounded percentages, null where the base is zero.

export interface LinkCounts {
  /** Signed links issued in the period (template links have no row, so they are not counted). */
  issued: number;
  /** Of those, opened by a person: the page got a tap, click or key press, or an answer. */
  opened: number;
  /** Of those, answered at least once. */
  answered: number;
}

export interface LinkRate extends LinkCounts {
  /** 100 × answered / issued: the email response rate. */
  rate: number | null;
  /** 100 × opened / issued. */
  openRate: number | null;
  /** 100 × answered / opened. */
  openedAnswerRate: number | null;
}

const percent = (part: number, whole: number): number | null => (whole ? (100 * part) / whole : null);

export function linkRates(c: LinkCounts): LinkRate {
  return {
    issued: c.issued,
    opened: c.opened,
    answered: c.answered,
    rate: percent(c.answered, c.issued),
    openRate: percent(c.opened, c.issued),
    openedAnswerRate: percent(c.answered, c.opened),
  };
}

/** Answers (responses) of the period per source. */
export interface SourceCounts {
  widget: number;
  email: number;
}

/** Each source's share of the answers, 100 × n / all; null when there are none. */
export function sourceShares(s: SourceCounts): Record<keyof SourceCounts, number | null> {
  const all = s.widget + s.email;
  return { widget: percent(s.widget, all), email: percent(s.email, all) };
}
