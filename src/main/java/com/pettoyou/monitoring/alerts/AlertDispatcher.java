package com.pettoyou.monitoring.alerts;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.pettoyou.common.LogKeys;
import com.pettoyou.monitoring.SecurityAlert;

/**
 * Sends each new alert to every {@link AlertChannel} whose minimum level it reaches, each
 * delivery on a virtual thread of its own, so a slow channel delays neither the others
 * nor the storing of further events.
 */
@Component
class AlertDispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AlertDispatcher.class);

	static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

	private final List<AlertChannel> channels;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	AlertDispatcher(List<AlertChannel> channels) {
		this.channels = List.copyOf(channels);
	}

	void dispatch(SecurityAlert alert) {
		for (AlertChannel channel : this.channels) {
			if (alert.level().compareTo(channel.minimumLevel()) >= 0) {
				this.executor.execute(() -> deliver(channel, alert));
			}
		}
	}

	private static void deliver(AlertChannel channel, SecurityAlert alert) {
		try {
			channel.deliver(alert);
		}
		catch (RuntimeException ex) {
			log.atError()
				.addKeyValue(LogKeys.ALERT_ID, alert.id())
				.addKeyValue("channel", channel.name())
				.setCause(ex)
				.log("Alert channel failed");
		}
	}

	/**
	 * Lets deliveries in progress finish for up to {@link #SHUTDOWN_GRACE} before the
	 * channels close.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
			log.warn("Alert deliveries still running after {}; the channels close anyway", SHUTDOWN_GRACE);
		}
	}

}
