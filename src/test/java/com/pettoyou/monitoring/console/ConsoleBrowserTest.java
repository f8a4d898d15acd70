package com.pettoyou.monitoring.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.identity.SessionCookies;
import com.pettoyou.monitoring.SecurityActivity;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the security console in Debian's headless Chromium through chromedriver: sign in
 * through the form, read the chain status and the failed-logins chart, verify the chain
 * and save a screenshot to {@code target/console/console.png}. Both programs are used
 * from {@code /usr/bin}, so Selenium Manager never downloads a browser or driver. Without
 * them the test is skipped, unless {@code PETTOYOU_BROWSER_TESTS=required}.
 */
@IntegrationTest
class ConsoleBrowserTest {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	static final Path SCREENSHOT = Paths.get("target", "console", "console.png");

	static final int FAILED_LOGINS = 3;

	static final Duration EVENT_STORE_TIMEOUT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityActivity activity;

	@BeforeEach
	void requireBrowser() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String message = "The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
				+ "; install Debian's chromium and chromium-driver packages";
		if (!present && "required".equals(System.getenv("PETTOYOU_BROWSER_TESTS"))) {
			fail(message + " (PETTOYOU_BROWSER_TESTS=required)");
		}
		assumeTrue(present, message);
	}

	@Test
	void auditorSignsInAndVerifiesChain() throws IOException, InterruptedException {
		ApiClient api = new ApiClient(port);
		String email = ConsoleFixtures.anAuditor(context, api);
		long failedBefore = failedLoginsInChart();
		for (int i = 0; i < FAILED_LOGINS; i++) {
			ApiClient.Response failed = Accounts.attemptLogin(api, Accounts.uniqueEmail(), "wrong password for chart");
			assertThat(failed.status()).isEqualTo(401);
		}
		awaitFailedLoginsStored(failedBefore);
		String base = "http://127.0.0.1:" + port;
		Path profile = Files.createTempDirectory("pettoyou-chromium-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = null;
		try {
			driver = new ChromeDriver(service, options(profile));
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

			driver.get(base + "/console");
			assertThat(driver.getCurrentUrl()).isEqualTo(base + "/console/sign-in");
			driver.findElement(By.id("email")).sendKeys(email);
			driver.findElement(By.id("password")).sendKeys(ConsoleFixtures.AUDITOR_PASSWORD);
			driver.findElement(By.id("sign-in")).click();
			wait.until(ExpectedConditions.urlToBe(base + "/console"));

			assertThat(driver.getTitle()).isEqualTo("Pet-to-You security console");
			assertThat(driver.findElement(By.id("chain-status")).getText()).isIn("VALID", "NOT CHECKED");
			assertThat(barCounts(driver, "chart-failed-logins")).hasSize(ConsoleController.CHART_HOURS)
				.anyMatch((count) -> count > 0);
			assertThat(
					driver.findElement(By.cssSelector("#chart-failed-logins svg title")).getDomProperty("textContent"))
				.isEqualTo("Failed logins per hour, last 24 hours");
			assertThat(driver.findElement(By.cssSelector("#chart-failed-logins rect.bar[data-count]:not([height='0'])"))
				.getDomAttribute("height")).isNotEqualTo("0");
			assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color"))
				.as("the stylesheet loaded under the console's CSP")
				.isEqualTo("rgba(245, 247, 250, 1)");

			driver.findElement(By.id("verify-now")).click();
			WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-result")));
			assertThat(result.getText()).startsWith("Verification finished: VALID");
			assertThat(driver.findElement(By.id("chain-status")).getText()).isEqualTo("VALID");
			assertThat(Long.parseLong(driver.findElement(By.id("chain-verified-events")).getText())).isPositive();

			// WebDriver cannot read response headers, so the page is fetched again with
			// the
			// browser's cookie and User-Agent, to which the session is bound.
			Cookie session = driver.manage().getCookieNamed(SessionCookies.SESSION);
			assertThat(session).as("session cookie in the browser").isNotNull();
			String userAgent = (String) ((JavascriptExecutor) driver).executeScript("return navigator.userAgent");
			ApiClient.Response page = api.withHeader("User-Agent", userAgent)
				.withHeader("Cookie", session.getName() + "=" + session.getValue())
				.get("/console");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.header("Content-Security-Policy")).isEqualTo(ConsoleHttpTest.CONSOLE_POLICY)
				.doesNotContain("unsafe-inline");

			saveScreenshot(driver);

			driver.findElement(By.id("sign-out")).click();
			wait.until(ExpectedConditions.urlToBe(base + "/console/sign-in"));
			assertThat(driver.manage().getCookieNamed(SessionCookies.SESSION)).isNull();
		}
		finally {
			if (driver != null) {
				driver.quit();
			}
			service.stop();
			deleteRecursively(profile);
		}
	}

	/**
	 * Waits until the monitoring worker, which stores security events off the request
	 * thread, has counted the failed logins.
	 */
	private void awaitFailedLoginsStored(long before) throws InterruptedException {
		Instant deadline = Instant.now().plus(EVENT_STORE_TIMEOUT);
		while (failedLoginsInChart() < before + FAILED_LOGINS && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(failedLoginsInChart()).as("failed logins stored within " + EVENT_STORE_TIMEOUT)
			.isGreaterThanOrEqualTo(before + FAILED_LOGINS);
	}

	private long failedLoginsInChart() {
		return activity.lastHours(ConsoleController.CHART_HOURS)
			.stream()
			.mapToLong(SecurityActivity.HourlyActivity::failedLogins)
			.sum();
	}

	private static ChromeOptions options(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1500", "--user-data-dir=" + profile);
		return options;
	}

	private static List<Long> barCounts(WebDriver driver, String chartId) {
		return driver.findElements(By.cssSelector("#" + chartId + " rect.bar"))
			.stream()
			.map((bar) -> Long.parseLong(bar.getDomAttribute("data-count")))
			.toList();
	}

	private static void saveScreenshot(WebDriver driver) throws IOException {
		File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOT.getParent());
		Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
		assertThat(Files.size(SCREENSHOT)).isPositive();
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
