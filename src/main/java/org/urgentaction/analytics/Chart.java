package org.urgentaction.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A chart laid out on the server and drawn by {@code analytics/chart.html} as SVG with
 * attributes and classes only (no inline style, no script), as the dashboard's charts.
 * Horizontal charts put one labelled bar a row; monthly ones two columns a month (opened,
 * closed), labelled at both ends.
 */
record Chart(String title, int width, int height, boolean horizontal, List<Bar> bars) {

	private static final int WIDTH = 640;

	private static final int ROW = 22;

	private static final int LABEL_WIDTH = 170;

	private static final int VALUE_WIDTH = 60;

	/** One bar; {@code second} marks the second series (closed cases). */
	record Bar(String label, long value, int x, int y, int width, int height, int labelX, int labelY, int valueX,
			int valueY, boolean showLabel, boolean second) {
	}

	static Chart horizontal(String title, Map<String, String> labels, Map<String, Long> values, int limit) {
		List<Map.Entry<String, Long>> entries = values.entrySet().stream().limit(limit).toList();
		long max = Math.max(1, entries.stream().mapToLong(Map.Entry::getValue).max().orElse(1));
		int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Map.Entry<String, Long> entry = entries.get(i);
			int y = i * ROW + 4;
			int length = (entry.getValue() == 0) ? 0
					: (int) Math.max(1, Math.round((double) entry.getValue() / max * room));
			bars.add(new Bar(labels.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue(), LABEL_WIDTH, y,
					length, ROW - 6, LABEL_WIDTH - 6, y + ROW - 9, LABEL_WIDTH + length + 6, y + ROW - 9, true, false));
		}
		return new Chart(title, WIDTH, Math.max(ROW, entries.size() * ROW + 8), true, bars);
	}

	static Chart monthly(String title, List<OutcomeFigures.Month> months) {
		int height = 200;
		int bottom = height - 24;
		long max = Math.max(1, months.stream().mapToLong((m) -> Math.max(m.opened(), m.closed())).max().orElse(1));
		double step = (double) (WIDTH - 20) / Math.max(1, months.size());
		int column = (int) Math.max(1, Math.floor(step / 2) - 1);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			OutcomeFigures.Month month = months.get(i);
			int x = 10 + (int) Math.round(i * step);
			boolean labelled = i == 0 || i == months.size() - 1;
			int opened = columnHeight(month.opened(), max, bottom - 20);
			int closed = columnHeight(month.closed(), max, bottom - 20);
			bars.add(new Bar(month.month(), month.opened(), x, bottom - opened, column, opened, Math.min(x, WIDTH - 60),
					height - 6, x, 0, labelled, false));
			bars.add(new Bar(month.month(), month.closed(), x + column + 1, bottom - closed, column, closed, x,
					height - 6, x, 0, false, true));
		}
		return new Chart(title, WIDTH, height, false, bars);
	}

	private static int columnHeight(long value, long max, int room) {
		return (value == 0) ? 0 : (int) Math.max(1, Math.round((double) value / max * room));
	}

}
