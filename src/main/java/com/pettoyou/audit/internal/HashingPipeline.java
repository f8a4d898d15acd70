package com.pettoyou.audit.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.pettoyou.audit.internal.LinkChecker.StoredLink;
import com.pettoyou.audit.internal.LinkChecker.Walk;

/**
 * Checks links on a thread of its own, so that hashing overlaps with reading the next
 * rows from the database. The reading thread submits batches in sequence order, and the
 * hashing thread feeds them to the {@link LinkChecker} in the same order. At most
 * {@link #QUEUED_BATCHES} batches wait, so a slow hasher slows the reader down rather
 * than filling memory.
 */
final class HashingPipeline implements AutoCloseable {

	/** Links per submitted batch. */
	static final int BATCH_SIZE = 1_000;

	private static final int QUEUED_BATCHES = 8;

	private static final List<StoredLink> END = List.of();

	private final BlockingQueue<List<StoredLink>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);

	private final LinkChecker checker;

	private final Thread thread;

	private volatile boolean finished;

	private volatile RuntimeException failure;

	HashingPipeline(LinkChecker checker) {
		this.checker = checker;
		this.thread = Thread.ofPlatform().name("audit-chain-hasher").daemon().start(this::run);
	}

	/**
	 * Returns whether the hashing thread found a broken link or failed, after which the
	 * reader may stop submitting.
	 */
	boolean isFinished() {
		return this.finished;
	}

	/** Queues a batch, waiting while the queue is full. Empty batches are skipped. */
	void submit(List<StoredLink> batch) {
		if (!batch.isEmpty()) {
			put(batch);
		}
	}

	/**
	 * Waits until every submitted link is checked and returns the walk.
	 * @throws IllegalStateException if checking a link failed with an exception
	 */
	Walk finish() {
		put(END);
		join();
		if (this.failure != null) {
			throw new IllegalStateException("Checking the audit chain failed", this.failure);
		}
		return this.checker.walk();
	}

	/**
	 * Stops the hashing thread if {@link #finish()} did not run, for example after a read
	 * error.
	 */
	@Override
	public void close() {
		if (this.thread.isAlive()) {
			this.thread.interrupt();
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		try {
			while (true) {
				List<StoredLink> batch = this.queue.take();
				if (batch == END) {
					return;
				}
				check(batch);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Checks a batch. After a break or a failure the thread keeps taking batches without
	 * checking them, so that a reader blocked on a full queue can go on to the end.
	 */
	private void check(List<StoredLink> batch) {
		if (this.finished) {
			return;
		}
		try {
			for (StoredLink link : batch) {
				if (!this.checker.check(link)) {
					this.finished = true;
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			this.failure = ex;
			this.finished = true;
		}
	}

	private void put(List<StoredLink> batch) {
		try {
			this.queue.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while verifying the audit chain", ex);
		}
	}

	private void join() {
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while verifying the audit chain", ex);
		}
	}

}
