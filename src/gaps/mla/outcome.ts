import { Outcome, Reason } from './model';

const RANK: Record<Outcome, number> = { works: 0, uncertain: 1, blocked: 2 };

/** A request is as good as its weakest condition: one blocking reason blocks it, one open question leaves it uncertain. */
export function combine(reasons: Pick<Reason, 'effect'>[]): Outcome {
  return reasons.reduce<Outcome>((worst, r) => (RANK[r.effect] > RANK[worst] ? r.effect : worst), 'works');
}

/** The best of alternatives (any one of several powers or channels will do). */
export function best(outcomes: Outcome[]): Outcome {
  return outcomes.reduce<Outcome>((b, o) => (RANK[o] < RANK[b] ? o : b), 'blocked');
}
