package com.pettoyou.monitoring.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import com.pettoyou.monitoring.SecurityActivity.HourlyActivity;

/**
 * The geometry of one hourly bar chart, drawn by the console template as inline SVG in a
 * {@value #WIDTH} by {@value #HEIGHT} view box. Every hour has a bar, so the bar count is
 * the hour count. An hour with events is at least {@value #MIN_VISIBLE_HEIGHT} units
 * high, so a single event stays visible beside a tall peak.
 *
 * @param id the element id of the chart, such as {@code chart-failed-logins}
 * @param title what the chart counts, such as {@code Failed logins}
 * @param description a sentence with the total and the peak hour, for screen readers
 * @param total the sum over all hours
 * @param bars one bar per hour, oldest first
 * @param labels the axis labels
 * @param plot the area that the bars fill
 */
record BarChart(String id, String title, String description, long total, List<Bar> bars, List<Label> labels,
		Plot plot) {

	static final int WIDTH = 480;

	static final int HEIGHT = 180;

	static final int PLOT_LEFT = 48;

	static final int PLOT_TOP = 12;

	static final int PLOT_HEIGHT = 136;

	static final int PLOT_BOTTOM = PLOT_TOP + PLOT_HEIGHT;

	static final int MIN_VISIBLE_HEIGHT = 2;

	private static final int PLOT_WIDTH = WIDTH - PLOT_LEFT - 8;

	private static final int BAR_GAP = 4;

	private static final int HOURS_BETWEEN_LABELS = 6;

	/**
	 * Builds the chart of one count.
	 * @param id the element id
	 * @param title what is counted, capitalized
	 * @param unit the plural noun for one count, such as {@code failed logins}
	 * @param hours the hourly activity, oldest first
	 * @param count reads the count from one hour
	 */
	static BarChart of(String id, String title, String unit, List<HourlyActivity> hours,
			ToLongFunction<HourlyActivity> count) {
		long max = hours.stream().mapToLong(count).max().orElse(0);
		long total = hours.stream().mapToLong(count).sum();
		int slot = hours.isEmpty() ? PLOT_WIDTH : PLOT_WIDTH / hours.size();
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < hours.size(); i++) {
			HourlyActivity hour = hours.get(i);
			int x = PLOT_LEFT + i * slot;
			bars.add(Bar.of(x, slot - BAR_GAP, count.applyAsLong(hour), max, hour, unit));
			if (i % HOURS_BETWEEN_LABELS == 0) {
				labels.add(new Label(x, HEIGHT - 10, "start", ConsoleTimes.hour(hour.hourStart())));
			}
		}
		if (max > 0) {
			labels.add(new Label(PLOT_LEFT - 6, PLOT_TOP + 12, "end", Long.toString(max)));
		}
		labels.add(new Label(PLOT_LEFT - 6, PLOT_BOTTOM, "end", "0"));
		Plot plot = new Plot(PLOT_LEFT, PLOT_LEFT + hours.size() * slot, PLOT_TOP, PLOT_BOTTOM);
		return new BarChart(id, title, describe(title, unit, hours, count, total, max), total, bars, labels, plot);
	}

	private static String describe(String title, String unit, List<HourlyActivity> hours,
			ToLongFunction<HourlyActivity> count, long total, long max) {
		String summary = title + " per hour over the last " + hours.size() + " hours, in UTC: " + total + " in total";
		if (max == 0) {
			return summary + ".";
		}
		HourlyActivity peak = hours.stream().filter((hour) -> count.applyAsLong(hour) == max).findFirst().orElseThrow();
		return summary + ", at most " + max + " " + unit + " in the hour from " + ConsoleTimes.hour(peak.hourStart())
				+ ".";
	}

	/**
	 * One hour's bar.
	 *
	 * @param x the left edge
	 * @param y the top edge
	 * @param width the width
	 * @param height the height, 0 for an hour without events
	 * @param count the count it shows
	 * @param tooltip the hour and count, shown as the bar's SVG title
	 */
	record Bar(int x, int y, int width, int height, long count, String tooltip) {

		static Bar of(int x, int width, long count, long max, HourlyActivity hour, String unit) {
			int height = 0;
			if (count > 0) {
				height = (int) Math.max(MIN_VISIBLE_HEIGHT, Math.round((double) count * PLOT_HEIGHT / max));
			}
			String tooltip = ConsoleTimes.hour(hour.hourStart()) + " UTC: " + count + " " + unit;
			return new Bar(x, PLOT_BOTTOM - height, width, height, count, tooltip);
		}

	}

	/**
	 * A text label of an axis.
	 *
	 * @param x the anchor's horizontal position
	 * @param y the text's baseline
	 * @param anchor the SVG {@code text-anchor}: {@code start} or {@code end}
	 * @param text the label
	 */
	record Label(int x, int y, String anchor, String text) {
	}

	/**
	 * The edges of the area that the bars fill, where the template draws the baseline and
	 * the line of the highest count.
	 *
	 * @param left the left edge
	 * @param right the right edge
	 * @param top the height of the highest count
	 * @param bottom the baseline
	 */
	record Plot(int left, int right, int top, int bottom) {
	}

}
