package com.pettoyou.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body stream fails with {@link PayloadTooLargeException} once more than
 * the limit has been read, for bodies sent chunked or with a false
 * {@code Content-Length}.
 */
class SizeLimitedRequest extends HttpServletRequestWrapper {

	private final long maxBytes;

	private ServletInputStream stream;

	SizeLimitedRequest(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (stream == null) {
			stream = new LimitedStream(super.getInputStream(), maxBytes);
		}
		return stream;
	}

	/** Thrown when a request body passes the limit while it is read. */
	static final class PayloadTooLargeException extends IOException {

		PayloadTooLargeException(long maxBytes) {
			super("The request body exceeds " + maxBytes + " bytes");
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long count;

		LimitedStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int value = delegate.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = delegate.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int bytes) throws PayloadTooLargeException {
			count += bytes;
			if (count > maxBytes) {
				throw new PayloadTooLargeException(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
