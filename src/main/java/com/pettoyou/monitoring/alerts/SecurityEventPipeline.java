package com.pettoyou.monitoring.alerts;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import com.pettoyou.common.IpLiterals;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.monitoring.SecurityAlert;

/**
 * Takes every {@link SecurityEvent} that a module publishes, on the publisher's thread,
 * and hands it to one worker thread that stores it, applies the {@link AlertRules} and
 * raises alerts, each event in a transaction of its own. Publishers never wait for the
 * database and an event is kept even when the publisher's transaction rolls back, since
 * an attempt matters as much as a success. New alerts go to the {@link AlertDispatcher}
 * after their transaction commits.
 * <p>
 * The queue is bounded: when it is full an event is dropped and the drop logged, so a
 * flood cannot exhaust memory. Events still queued when the instance stops are processed
 * for up to {@link #STOP_GRACE}; an instance that dies loses what it had queued.
 */
@Component
public class SecurityEventPipeline implements SmartLifecycle {

	static final Duration STOP_GRACE = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(SecurityEventPipeline.class);

	/**
	 * Lifecycle phase: after graceful shutdown and the web server, so that the events of
	 * requests still finishing during shutdown are stored.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final BlockingQueue<SecurityEvent> queue;

	private final SecurityEventStore events;

	private final AlertRules rules;

	private final AlertStore alerts;

	private final AlertDispatcher dispatcher;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	private final Object idle = new Object();

	private volatile Thread worker;

	private volatile boolean running;

	SecurityEventPipeline(MonitoringProperties properties, SecurityEventStore events, AlertRules rules,
			AlertStore alerts, AlertDispatcher dispatcher, TransactionOperations transactions, Clock clock) {
		this.queue = new LinkedBlockingQueue<>(properties.queueCapacity());
		this.events = events;
		this.rules = rules;
		this.alerts = alerts;
		this.dispatcher = dispatcher;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	void on(SecurityEvent event) {
		this.pending.incrementAndGet();
		if (!this.queue.offer(event)) {
			done();
			long total = this.dropped.incrementAndGet();
			log.atError()
				.addKeyValue(LogKeys.EVENT_TYPE, event.type())
				.log("Security event queue is full; dropped an event ({} dropped so far)", total);
		}
	}

	/**
	 * Waits until every event published so far has been stored and its alerts raised.
	 * @return whether that happened within the timeout
	 */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.idle) {
			while (this.pending.get() > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(this.idle, left);
			}
		}
		return true;
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::work, "security-events");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread == null) {
			return;
		}
		try {
			thread.join(STOP_GRACE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		thread.interrupt();
		if (!this.queue.isEmpty()) {
			log.warn("Stopped with {} security events not stored", this.queue.size());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void work() {
		while (this.running || !this.queue.isEmpty()) {
			SecurityEvent event;
			try {
				event = this.queue.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				return;
			}
			if (event != null) {
				try {
					process(event);
				}
				finally {
					done();
				}
			}
		}
	}

	private void process(SecurityEvent event) {
		try {
			List<SecurityAlert> raised = this.transactions.execute((status) -> {
				UUID id = UUID.randomUUID();
				String network = network(event.clientAddress());
				this.events.insert(id, event, network, this.clock.instant());
				List<SecurityAlert> created = new ArrayList<>();
				for (AlertCandidate candidate : this.rules.evaluate(id, event, network)) {
					Optional<SecurityAlert> alert = this.alerts.raise(candidate, this.clock.instant());
					alert.ifPresent(created::add);
				}
				return created;
			});
			if (raised != null) {
				raised.forEach(this.dispatcher::dispatch);
			}
		}
		catch (RuntimeException ex) {
			log.atError()
				.addKeyValue(LogKeys.EVENT_TYPE, event.type())
				.setCause(ex)
				.log("Storing a security event or raising its alerts failed; the event is lost");
		}
	}

	private void done() {
		if (this.pending.decrementAndGet() == 0) {
			synchronized (this.idle) {
				this.idle.notifyAll();
			}
		}
	}

	/**
	 * Returns the /24 network of an IPv4 address or the /48 network of an IPv6 address,
	 * or {@code null} for anything else. {@link IpLiterals} parses only literals, so no
	 * name is looked up.
	 */
	static String network(String clientAddress) {
		InetAddress address = IpLiterals.parse(clientAddress);
		if (address == null) {
			return null;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
		}
		return String.format("%x:%x:%x::/48", ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
				((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff), ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff));
	}

}
