package com.pettoyou.monitoring.alerts;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
