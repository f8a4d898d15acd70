package com.pettoyou.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends one HTTP/1.1 request over a plain socket to the server on loopback. Tests use it
 * for headers that {@link java.net.http.HttpClient} will not send, such as a forged
 * {@code Host}.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Posts a JSON body with exactly the given headers plus {@code Content-Type},
	 * {@code Content-Length} and {@code Connection: close}. Header values go as UTF-8
	 * bytes, as a client that ignores the ASCII rule of HTTP would send them.
	 * @return the response status code
	 */
	public static int postJson(int port, String path, Map<String, String> headers, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Type: application/json\r\n")
			.append("Content-Length: ")
			.append(body.length)
			.append("\r\n")
			.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			String statusLine = in.readLine();
			if (statusLine == null) {
				throw new IllegalStateException("The server closed the connection without a response");
			}
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
