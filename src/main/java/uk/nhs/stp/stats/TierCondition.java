package uk.nhs.stp.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A condition of a support-tier rule: a fact, its negation, all of several conditions, any of
 * several, or always. {@link #decidingFacts} returns the facts that made a true condition true,
 * so the reasons name exactly what decided the tier.
 */
public sealed interface TierCondition {

	boolean holds(Set<TierFact> facts);

	/**
	 * The facts that made this condition hold (negated facts as {@link Literal}s), or empty if
	 * it does not hold.
	 */
	Optional<List<Literal>> decidingFacts(Set<TierFact> facts);

	/**
	 * The literals that keep this condition from holding (empty when it holds), so a reason can
	 * say why a rule did not apply, e.g. why an area is not in light-touch monitoring.
	 */
	List<Literal> failingFacts(Set<TierFact> facts);

	/** A fact, or its negation. */
	record Literal(TierFact fact, boolean negated) implements TierCondition {

		@Override
		public boolean holds(Set<TierFact> facts) {
			return facts.contains(this.fact) != this.negated;
		}

		@Override
		public Optional<List<Literal>> decidingFacts(Set<TierFact> facts) {
			return holds(facts) ? Optional.of(List.of(this)) : Optional.empty();
		}

		@Override
		public List<Literal> failingFacts(Set<TierFact> facts) {
			return holds(facts) ? List.of() : List.of(this);
		}

	}

	/** Every condition holds; all their facts decide. */
	record AllOf(List<TierCondition> conditions) implements TierCondition {

		@Override
		public boolean holds(Set<TierFact> facts) {
			return this.conditions.stream().allMatch(c -> c.holds(facts));
		}

		@Override
		public Optional<List<Literal>> decidingFacts(Set<TierFact> facts) {
			List<Literal> deciding = new ArrayList<>();
			for (TierCondition condition : this.conditions) {
				Optional<List<Literal>> part = condition.decidingFacts(facts);
				if (part.isEmpty()) {
					return Optional.empty();
				}
				deciding.addAll(part.get());
			}
			return Optional.of(deciding);
		}

		/** Every child that fails contributes its failing literals. */
		@Override
		public List<Literal> failingFacts(Set<TierFact> facts) {
			List<Literal> failing = new ArrayList<>();
			this.conditions.forEach(c -> failing.addAll(c.failingFacts(facts)));
			return failing;
		}

	}

	/** At least one condition holds; the facts of the first that holds decide. */
	record AnyOf(List<TierCondition> conditions) implements TierCondition {

		@Override
		public boolean holds(Set<TierFact> facts) {
			return this.conditions.stream().anyMatch(c -> c.holds(facts));
		}

		@Override
		public Optional<List<Literal>> decidingFacts(Set<TierFact> facts) {
			return this.conditions.stream()
				.map(c -> c.decidingFacts(facts))
				.flatMap(Optional::stream)
				.findFirst();
		}

		/** Fails only when every child fails, so all their failing literals count. */
		@Override
		public List<Literal> failingFacts(Set<TierFact> facts) {
			if (holds(facts)) {
				return List.of();
			}
			List<Literal> failing = new ArrayList<>();
			this.conditions.forEach(c -> failing.addAll(c.failingFacts(facts)));
			return failing;
		}

	}

	/** The catch-all of the last rule. */
	record Always() implements TierCondition {

		@Override
		public boolean holds(Set<TierFact> facts) {
			return true;
		}

		@Override
		public Optional<List<Literal>> decidingFacts(Set<TierFact> facts) {
			return Optional.of(List.of());
		}

		@Override
		public List<Literal> failingFacts(Set<TierFact> facts) {
			return List.of();
		}

	}

}
