package org.urgentaction.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.ua.OutcomeType;

/**
 * Outcomes across cases, counted only over cases with a published document; the public
 * figures leave out cases whose action stopped for safety.
 */
@Service
class OutcomeAnalytics {

	private final AnalyticsRepository repository;

	OutcomeAnalytics(AnalyticsRepository repository) {
		this.repository = repository;
	}

	/** The cases the public figures count: not those whose action stopped for safety. */
	@Transactional(readOnly = true)
	List<CaseFacts> cases(OutcomeFilter filter) {
		return cases(filter, false);
	}

	/** Staff also count the cases whose action stopped for safety. */
	@Transactional(readOnly = true)
	List<CaseFacts> cases(OutcomeFilter filter, boolean staff) {
		Set<Long> hidden = staff ? Set.of() : repository.stoppedForSafety();
		return repository.publishedCases()
			.stream()
			.filter(filter::accepts)
			.filter((c) -> !hidden.contains(c.caseId()))
			.toList();
	}

	OutcomeFigures figures(List<CaseFacts> cases) {
		return new OutcomeFigures(cases.size(), cases.stream().filter(CaseFacts::closed).count(), byOutcome(cases),
				median(cases), groups(cases, (c) -> List.of(c.country() == null ? "" : c.country())),
				groups(cases, (c) -> List.copyOf(c.themes())));
	}

	@Transactional(readOnly = true)
	OutcomeFigures.Details details(List<CaseFacts> cases, boolean allReplies) {
		Map<String, long[]> months = new TreeMap<>();
		for (CaseFacts c : cases) {
			if (c.opened() != null) {
				months.computeIfAbsent(YearMonth.from(c.opened()).toString(), (m) -> new long[2])[0]++;
			}
			if (c.outcomeDay() != null) {
				months.computeIfAbsent(YearMonth.from(c.outcomeDay()).toString(), (m) -> new long[2])[1]++;
			}
		}
		List<OutcomeFigures.Month> perMonth = new ArrayList<>();
		months.forEach((month, n) -> perMonth.add(new OutcomeFigures.Month(month, n[0], n[1])));
		Map<String, long[]> actions = new LinkedHashMap<>();
		for (CaseFacts c : cases) {
			long[] sums = actions.computeIfAbsent(c.outcome() == null ? "" : c.outcome().name(), (o) -> new long[2]);
			sums[0]++;
			sums[1] += c.actions();
		}
		List<OutcomeFigures.ActionsByOutcome> byOutcome = new ArrayList<>();
		actions.forEach((outcome, n) -> byOutcome
			.add(new OutcomeFigures.ActionsByOutcome(outcome.isEmpty() ? null : outcome, n[0], n[1])));
		byOutcome.sort(Comparator.comparingLong(OutcomeFigures.ActionsByOutcome::cases).reversed());
		Set<Long> ids = cases.stream().map(CaseFacts::caseId).collect(Collectors.toSet());
		return new OutcomeFigures.Details(perMonth, byOutcome,
				largestFirst(repository.repliesByTargetCountry(ids, allReplies)));
	}

	static Map<String, Long> byOutcome(List<CaseFacts> cases) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (OutcomeType type : OutcomeType.values()) {
			counts.put(type.name(), 0L);
		}
		cases.stream()
			.filter((c) -> c.outcome() != null)
			.forEach((c) -> counts.merge(c.outcome().name(), 1L, Long::sum));
		return counts;
	}

	static Double median(List<CaseFacts> cases) {
		List<Long> days = cases.stream().map(CaseFacts::daysToOutcome).filter((d) -> d != null).sorted().toList();
		if (days.isEmpty()) {
			return null;
		}
		int middle = days.size() / 2;
		return (days.size() % 2 == 1) ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
	}

	private static Map<String, OutcomeFigures.Group> groups(List<CaseFacts> cases,
			Function<CaseFacts, List<String>> keys) {
		Map<String, List<CaseFacts>> grouped = new TreeMap<>();
		for (CaseFacts c : cases) {
			for (String key : keys.apply(c)) {
				grouped.computeIfAbsent(key, (k) -> new ArrayList<>()).add(c);
			}
		}
		Map<String, OutcomeFigures.Group> groups = new LinkedHashMap<>();
		grouped.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<CaseFacts>> e) -> e.getValue().size())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.forEach((e) -> groups.put(e.getKey(), new OutcomeFigures.Group(e.getValue().size(),
					e.getValue().stream().filter(CaseFacts::closed).count(), byOutcome(e.getValue()))));
		return groups;
	}

	private static Map<String, Long> largestFirst(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

}
