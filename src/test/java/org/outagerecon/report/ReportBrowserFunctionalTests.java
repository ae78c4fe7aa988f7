package org.outagerecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * The sample day's report in a real browser (Debian's chromium through its chromedriver): it loads from file://
 * without a console error or a request outside the file, fits a narrow window, and leaves screenshots under
 * {@code target/report-screenshots} for a person to look at. Skipped without the browser, unless
 * {@code RECON_TEST_REQUIRE_BROWSER=true} (CI), where it fails.
 */
class ReportBrowserFunctionalTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/report-screenshots");
    private static final int WIDE = 1280;
    private static final int NARROW = 390;
    /** Screenshots taller than this are cut: enough to judge, small enough for the browser's surface. */
    private static final int MAX_SCREENSHOT_HEIGHT = 12_000;

    /** Selenium warns that it has no DevTools module for this browser version; the test uses none. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static Path profile;
    private static ChromeDriver browser;
    private static Path samplePage;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.parseBoolean(System.getenv("RECON_TEST_REQUIRE_BROWSER"))) {
            fail("RECON_TEST_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                    + "(apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "no " + CHROMIUM + " and " + CHROMEDRIVER);
        SELENIUM_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("report-browser-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver's path is given, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        samplePage = writeSamplePage();
    }

    /** The report of the sample day, with a suspected outage, where a person finds it next to the screenshots. */
    private static Path writeSamplePage() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path page = SCREENSHOTS.resolve("sample-day.html").toAbsolutePath();
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.H2)) {
            ReportFixtures.sampleDayWithSuspectedOutage(run);
            ReportFixtures.report(run, "--from", ReportFixtures.FROM, "--to", ReportFixtures.TO, "--out", page.toString());
        }
        return page;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void theSampleDayLoadsOfflineWithoutErrorsAndFitsANarrowWindow() throws Exception {
        assertThat(problemsLoading(samplePage, WIDE)).isEmpty();
        assertThat(browser.findElements(By.cssSelector("section.outage"))).hasSizeGreaterThanOrEqualTo(10)
                .hasSameSizeAs(browser.findElements(By.cssSelector("table.summary tbody tr")));
        assertThat(browser.findElements(By.cssSelector(".tl-row svg rect.rebuilt"))).isNotEmpty();
        assertThat(script("return [...document.querySelectorAll('.scroll')]"
                + ".filter(table => table.scrollWidth > table.clientWidth).length")).as("tables that must scroll").isEqualTo(0L);
        screenshot("sample-day-wide.png");
        // The picture of the README: the PG failover's section.
        Files.copy(browser.findElement(By.id("outage-2")).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("sample-day-outage.png"), StandardCopyOption.REPLACE_EXISTING);

        assertThat(problemsLoading(samplePage, NARROW)).isEmpty();
        long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("the page is wider than a narrow window by").isLessThanOrEqualTo(0);
        screenshot("sample-day-narrow.png");
    }

    /**
     * The two guards of the check above, on the sample page with an external image slipped in: the page's
     * Content-Security-Policy (the browser refuses the image and says so on the console), and the browser's own
     * network log (the request, once the policy is gone).
     */
    @Test
    void aRequestOutsideTheFileIsCaught(@TempDir Path dir) throws Exception {
        String html = Files.readString(samplePage).replaceFirst("<body>",
                "<body><img src=\"http://127.0.0.1:9/outside.png\" alt=\"\">");
        Path withPolicy = dir.resolve("with-policy.html");
        Files.writeString(withPolicy, html);
        Path withoutPolicy = dir.resolve("without-policy.html");
        Files.writeString(withoutPolicy, html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));
        assertThat(Files.readString(withoutPolicy)).doesNotContain("Content-Security-Policy");

        assertThat(problemsLoading(withPolicy, WIDE)).anyMatch(problem -> problem.contains("outside.png"));
        assertThat(problemsLoading(withoutPolicy, WIDE)).anyMatch(problem -> problem.startsWith("request")
                && problem.contains("http://127.0.0.1:9/outside.png"));
    }

    private static final Json JSON = new Json();

    /** Console errors and requests for anything but the page itself (data: URLs stay in the file). */
    @SuppressWarnings("unchecked")
    private static List<String> problemsLoading(Path page, int width) {
        browser.manage().logs().get(LogType.BROWSER);
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.manage().window().setSize(new Dimension(width, 1000));
        String url = page.toUri().toString();
        browser.get(url);
        script("return document.readyState");
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console: " + entry.getMessage());
            }
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = (Map<String, Object>) ((Map<String, Object>) JSON.toType(entry.getMessage(), Map.class))
                    .get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                String requested = (String) ((Map<String, Object>) params.get("request")).get("url");
                if (!requested.equals(url) && !requested.startsWith("data:")) {
                    problems.add("request: " + requested);
                }
            }
        }
        return problems;
    }

    private static void screenshot(String name) throws IOException {
        long height = (Long) script("return document.documentElement.scrollHeight");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height, MAX_SCREENSHOT_HEIGHT)));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }
}
