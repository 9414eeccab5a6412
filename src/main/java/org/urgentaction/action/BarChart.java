package org.urgentaction.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart laid out on the server, drawn by the template as SVG with attributes and
 * classes only (no inline style, no script). {@code horizontal} charts put one labelled
 * bar a row (channels, countries); vertical ones one column a day.
 */
record BarChart(String title, int width, int height, boolean horizontal, List<Bar> bars, long max) {

	private static final int ROW = 22;

	private static final int LABEL_WIDTH = 150;

	private static final int VALUE_WIDTH = 70;

	/** One bar with its place and its label. */
	record Bar(String label, long value, int x, int y, int width, int height, int labelX, int labelY, int valueX,
			int valueY, boolean showLabel) {
	}

	static BarChart horizontal(String title, Map<String, String> labels, Map<String, Long> values, int limit) {
		int width = 640;
		List<Map.Entry<String, Long>> entries = values.entrySet().stream().limit(limit).toList();
		long max = entries.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
		int room = width - LABEL_WIDTH - VALUE_WIDTH;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Map.Entry<String, Long> entry = entries.get(i);
			int y = i * ROW + 4;
			int length = (int) Math.max(1, Math.round((double) entry.getValue() / Math.max(1, max) * room));
			bars.add(new Bar(labels.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue(), LABEL_WIDTH, y,
					length, ROW - 6, LABEL_WIDTH - 6, y + ROW - 9, LABEL_WIDTH + length + 6, y + ROW - 9, true));
		}
		return new BarChart(title, width, Math.max(ROW, entries.size() * ROW + 8), true, bars, max);
	}

	/**
	 * One column a day from the first to the last day with actions (days without any are
	 * empty columns), labelled at both ends.
	 */
	static BarChart daily(String title, Map<String, Long> byDay) {
		int width = 640;
		int height = 200;
		int bottom = height - 24;
		List<String> days = allDays(byDay);
		long max = byDay.values().stream().mapToLong(Long::longValue).max().orElse(1);
		double step = (double) (width - 20) / Math.max(1, days.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			long value = byDay.getOrDefault(days.get(i), 0L);
			int columnHeight = (value == 0) ? 0 : (int) Math.max(1, Math.round((double) value / max * (bottom - 20)));
			int x = 10 + (int) Math.round(i * step);
			boolean labelled = i == 0 || i == days.size() - 1;
			bars.add(new Bar(days.get(i), value, x, bottom - columnHeight, (int) Math.max(1, Math.floor(step) - 1),
					columnHeight, x, height - 6, x, Math.max(12, bottom - columnHeight - 4), labelled));
		}
		return new BarChart(title, width, height, false, bars, max);
	}

	private static List<String> allDays(Map<String, Long> byDay) {
		if (byDay.isEmpty()) {
			return List.of();
		}
		java.time.LocalDate first = byDay.keySet()
			.stream()
			.map(java.time.LocalDate::parse)
			.min(Comparable::compareTo)
			.orElseThrow();
		java.time.LocalDate last = byDay.keySet()
			.stream()
			.map(java.time.LocalDate::parse)
			.max(Comparable::compareTo)
			.orElseThrow();
		List<String> days = new ArrayList<>();
		for (java.time.LocalDate day = first; !day.isAfter(last) && days.size() < 400; day = day.plusDays(1)) {
			days.add(day.toString());
		}
		return days;
	}

}
