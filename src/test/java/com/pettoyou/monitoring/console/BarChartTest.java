package com.pettoyou.monitoring.console;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pettoyou.monitoring.SecurityActivity.HourlyActivity;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

	static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

	@Test
	void tallestBarFillsPlot() {
		BarChart chart = chartOf(0, 50, 100);

		assertThat(chart.bars()).extracting(BarChart.Bar::height).containsExactly(0, 68, 136);
		assertThat(chart.bars().get(2).y()).isEqualTo(BarChart.PLOT_TOP);
		assertThat(chart.bars().get(0).y()).isEqualTo(BarChart.PLOT_BOTTOM);
	}

	@Test
	void singleEventStaysVisible() {
		BarChart chart = chartOf(1, 10_000);

		assertThat(chart.bars().get(0).height()).isEqualTo(BarChart.MIN_VISIBLE_HEIGHT);
	}

	@Test
	void descriptionNamesTotalAndPeak() {
		BarChart chart = chartOf(2, 5, 1);

		assertThat(chart.total()).isEqualTo(8);
		assertThat(chart.description()).isEqualTo(
				"Failed logins per hour over the last 3 hours, in UTC: 8 in total, at most 5 failed logins in the "
						+ "hour from 01:00.");
		assertThat(chart.bars().get(1).tooltip()).isEqualTo("01:00 UTC: 5 failed logins");
	}

	@Test
	void emptyChartHasNoPeak() {
		BarChart chart = chartOf(0, 0);

		assertThat(chart.description()).endsWith(": 0 in total.");
		assertThat(chart.labels()).extracting(BarChart.Label::text).containsExactly("00:00", "0");
	}

	@Test
	void barsStayInsideViewBox() {
		long[] counts = new long[24];
		counts[23] = 7;
		BarChart chart = chartOf(counts);

		assertThat(chart.bars()).hasSize(24);
		assertThat(chart.plot().right()).isLessThanOrEqualTo(BarChart.WIDTH);
		assertThat(chart.bars().getLast().x() + chart.bars().getLast().width())
			.isLessThanOrEqualTo(chart.plot().right());
		assertThat(chart.labels()).extracting(BarChart.Label::text).contains("00:00", "06:00", "12:00", "18:00", "7");
	}

	private static BarChart chartOf(long... failedLogins) {
		List<HourlyActivity> hours = new ArrayList<>();
		for (int i = 0; i < failedLogins.length; i++) {
			hours.add(new HourlyActivity(START.plus(i, ChronoUnit.HOURS), failedLogins[i], 0, 0));
		}
		return BarChart.of("chart-failed-logins", "Failed logins", "failed logins", hours,
				HourlyActivity::failedLogins);
	}

}
