package com.pettoyou.monitoring.console;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.pettoyou.audit.AuditChainStatus;
import com.pettoyou.audit.AuditChainStatus.ChainCheck;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.CsrfTokens;
import com.pettoyou.identity.SessionCookies;
import com.pettoyou.monitoring.SecurityActivity;
import com.pettoyou.monitoring.SecurityActivity.HourlyActivity;
import com.pettoyou.monitoring.SecurityAlerts;

/**
 * The security console's main page and its "Verify now" form. The security filter chain
 * lets only accounts with {@code read:security_alerts} reach these routes, and checks the
 * CSRF token of the form post; other signed-in accounts are forwarded to {@link #denied}.
 */
@Controller
@RequestMapping("/console")
class ConsoleController {

	static final int ALERT_LIMIT = 20;

	static final int CHART_HOURS = 24;

	private static final String PAGE = "console/console";

	private final SecurityAlerts alerts;

	private final SecurityActivity activity;

	private final AuditChainStatus chainStatus;

	private final CsrfTokens csrfTokens;

	ConsoleController(SecurityAlerts alerts, SecurityActivity activity, AuditChainStatus chainStatus,
			CsrfTokens csrfTokens) {
		this.alerts = alerts;
		this.activity = activity;
		this.chainStatus = chainStatus;
		this.csrfTokens = csrfTokens;
	}

	@GetMapping
	String console(@AuthenticationPrincipal AuthenticatedAccount caller, Model model) {
		addDashboard(model, caller, chainStatus.lastCheck().map(ChainView::of).orElse(null));
		return PAGE;
	}

	/**
	 * Verifies the whole chain, which also records an audit event of the caller, and
	 * shows the page with the result. The page is returned directly rather than through a
	 * redirect, because another instance behind the load balancer would show its own last
	 * check instead of this one.
	 * @param csrfToken declared so that the unknown-parameter check accepts the field.
	 * The CSRF filter has already checked its value.
	 */
	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal AuthenticatedAccount caller,
			@RequestParam(name = SessionCookies.CSRF_FORM_FIELD) String csrfToken, Model model) {
		ChainCheck check = chainStatus.verifyNow(caller);
		ChainView result = ChainView.of(check);
		model.addAttribute("verification", result);
		addDashboard(model, caller, result);
		return PAGE;
	}

	/**
	 * Explains a denial with status 403: the security filter chain forwards here, with
	 * the original method and parameters, when a signed-in account may not use the
	 * console. A session opened with a one-time password has no permission until the
	 * password is changed, and the page asks the user to change it first.
	 * @param csrfToken the form field of a forwarded "Verify now" post, accepted and
	 * ignored
	 */
	@RequestMapping("/denied")
	String denied(@AuthenticationPrincipal AuthenticatedAccount caller,
			@RequestParam(name = SessionCookies.CSRF_FORM_FIELD, required = false) String csrfToken, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("passwordChangeRequired", caller.restricted());
		model.addAttribute("csrfToken", csrfTokens.issue(caller.sessionId()));
		return "console/denied";
	}

	private void addDashboard(Model model, AuthenticatedAccount caller, ChainView chain) {
		List<HourlyActivity> hours = activity.lastHours(CHART_HOURS);
		model.addAttribute("chain", chain);
		model.addAttribute("alerts", alerts.recent(ALERT_LIMIT).stream().map(AlertRow::of).toList());
		model.addAttribute("charts",
				List.of(BarChart.of("chart-failed-logins", "Failed logins", "failed logins", hours,
						HourlyActivity::failedLogins),
						BarChart.of("chart-rate-limit-hits", "Rate-limit hits", "rate-limit hits", hours,
								HourlyActivity::rateLimitHits),
						BarChart.of("chart-alerts", "Alerts", "alerts", hours, HourlyActivity::alerts)));
		model.addAttribute("csrfToken", csrfTokens.issue(caller.sessionId()));
		model.addAttribute("role", caller.roleName());
	}

}
