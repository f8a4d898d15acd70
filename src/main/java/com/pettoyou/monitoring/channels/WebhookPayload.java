package com.pettoyou.monitoring.channels;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.pettoyou.monitoring.SecurityAlert;

/**
 * Renders an alert as a Slack-compatible JSON body: {@code text} and {@code blocks} for
 * Slack to display, and an {@code alert} object with the raw fields for other receivers.
 * The body holds only the alert's own fields.
 */
final class WebhookPayload {

	private static final JsonMapper JSON = JsonMapper.shared();

	private WebhookPayload() {
	}

	/** Returns the UTF-8 JSON body for one alert. */
	static byte[] render(SecurityAlert alert) {
		ObjectNode root = JSON.createObjectNode();
		root.put("text", escape(headline(alert) + ": " + alert.message()));
		root.set("blocks", blocks(alert));
		root.set("alert", fields(alert));
		return JSON.writeValueAsBytes(root);
	}

	private static String headline(SecurityAlert alert) {
		return "[" + alert.level() + "] Pet-to-You security alert " + alert.rule();
	}

	private static ArrayNode blocks(SecurityAlert alert) {
		ArrayNode blocks = JSON.createArrayNode();
		ObjectNode summary = blocks.addObject().put("type", "section");
		summary.putObject("text")
			.put("type", "mrkdwn")
			.put("text", "*" + escape(headline(alert)) + "*\n" + escape(alert.message()));
		ArrayNode details = blocks.addObject().put("type", "section").putArray("fields");
		addField(details, "Category", alert.category());
		addField(details, "Occurred at", String.valueOf(alert.occurredAt()));
		addField(details, "Occurrences", String.valueOf(alert.occurrences()));
		addField(details, "Alert id", String.valueOf(alert.id()));
		return blocks;
	}

	private static void addField(ArrayNode fields, String label, String value) {
		fields.addObject().put("type", "mrkdwn").put("text", "*" + label + "*\n" + escape(value));
	}

	private static ObjectNode fields(SecurityAlert alert) {
		ObjectNode fields = JSON.createObjectNode();
		fields.put("id", String.valueOf(alert.id()));
		fields.put("level", String.valueOf(alert.level()));
		fields.put("category", alert.category());
		fields.put("rule", alert.rule());
		fields.put("message", alert.message());
		fields.put("occurredAt", String.valueOf(alert.occurredAt()));
		fields.put("lastSeenAt", String.valueOf(alert.lastSeenAt()));
		fields.put("occurrences", alert.occurrences());
		return fields;
	}

	/**
	 * Escapes the three characters Slack treats as markup, so text in an alert cannot
	 * form a link or a mention such as {@code <!channel>}.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
