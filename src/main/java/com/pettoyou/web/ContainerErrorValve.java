package com.pettoyou.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Replaces Tomcat's HTML error page for requests that Tomcat rejects before they reach
 * the application, such as a path containing {@code %00}. The response has the same
 * problem details and the same security headers as every other error. Tomcat creates this
 * valve by class name, outside Spring, so it builds the JSON itself from fixed text.
 */
public class ContainerErrorValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int statusCode = response.getStatus();
		if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(statusCode);
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		try {
			write(request, response, status);
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response is unusable; there is nothing left to
			// send.
			container.getLogger().debug("Writing a container error response failed", ex);
		}
	}

	private static void write(Request request, Response response, HttpStatus status) throws IOException {
		// Path matchers need a request that Tomcat has mapped, so the API policy is used.
		for (HeaderWriter writer : SecurityHeaders.writers((unmapped) -> false, (unmapped) -> false)) {
			writer.writeHeaders(request, response);
		}
		String correlationId = UUID.randomUUID().toString();
		response.setHeader(RequestMetadataFilter.REQUEST_ID_HEADER, correlationId);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// Tomcat suspends a response after sendError; its own report valve writes through
		// the reporter in the same way.
		response.setSuspended(false);
		Writer writer = response.getReporter();
		if (writer != null) {
			writer.write(json(status, correlationId));
			response.finishResponse();
		}
	}

	/**
	 * Returns the problem as JSON; every value is fixed text or a UUID, so none needs
	 * escaping.
	 */
	private static String json(HttpStatus status, String correlationId) {
		String code = Problems.codeOf(status);
		return "{\"type\":\"urn:pettoyou:problem:" + code + "\",\"title\":\"" + status.getReasonPhrase()
				+ "\",\"status\":" + status.value() + ",\"detail\":\"" + Problems.detailOf(code, status)
				+ "\",\"code\":\"" + code + "\",\"correlationId\":\"" + correlationId + "\"}";
	}

}
