package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uses every page as a person would, in headless Chromium (Debian's chromium and chromium-driver,
 * installed by scripts/services), and saves a screenshot of each under target/screenshots/.
 */
class BrowserTest {
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DOSSIER_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DOSSIER_CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir static Path dir;
    @TempDir static Path profile;
    static WebFixture web;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
            "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian chromium, chromium-driver): run scripts/services");
        web = new WebFixture(dir, false);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--window-size=1280,1500", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    void homeListsTheDocuments() {
        open("/");
        assertTrue(browser.findElement(By.cssSelector("li.flagship a")).getText().contains("Railway Question"));
        screenshot("home");
    }

    @Test
    void readerFollowsAFootnoteAndShowsTheRawLines() {
        open("/reader/sample");
        assertTrue(browser.findElement(By.id("page-1")).getText().toLowerCase().startsWith("page 1"));
        browser.findElement(By.cssSelector("a.fn-ref[data-note='note-fn-1']")).click();
        WebElement popover = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popover")));
        assertTrue(popover.getText().contains("Contract of September 8, 1896"), popover.getText());
        screenshot("reader-footnote");
        popover.findElement(By.cssSelector("a.goto")).click();
        wait.until(ExpectedConditions.urlContains("#note-fn-1"));
        assertFalse(browser.findElement(By.id("popover")).isDisplayed());

        WebElement toggle = browser.findElement(By.cssSelector("#para-p1 + button.raw-toggle"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", toggle);
        toggle.click();
        WebElement raw = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".para pre.raw")));
        assertTrue(raw.getText().startsWith("THE Chinese Eastern Railway was built\nacross North Manchuria"), raw.getText());
        assertEquals("true", toggle.getAttribute("aria-expanded"));

        WebElement fact = browser.findElement(By.id("fact-line-cer"));
        assertEquals("Chinese Eastern Railway", fact.getText());
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("reader");
        fact.click();
        wait.until(ExpectedConditions.urlContains("/facts/sample/line/cer"));
        assertEquals("Chinese Eastern Railway", browser.findElement(By.tagName("h1")).getText());
        screenshot("fact");
    }

    @Test
    void mapSliderRecoloursTheRailwaysByWhoHeldThem() {
        open("/map");
        WebElement slider = browser.findElement(By.id("date-slider"));
        String china = colourOf("china");
        String company = colourOf("cer-company");
        WebElement track = browser.findElement(By.cssSelector("path.rail[data-i='0']"));

        slider.sendKeys(Keys.HOME);
        waitForMapDate("1896-01-01");
        wait.until(d -> "#9aa0a6".equals(track.getAttribute("stroke")));
        assertTrue(browser.findElement(By.cssSelector("#tracks tr[data-i='0'] td.held-by")).getText()
            .contains("cer-company (owner, 1896/.., indeterminate)"), "'1896' may or may not include 1 January");

        setSlider(slider, LocalDate.of(1900, 1, 1));
        waitForMapDate("1900-01-01");
        wait.until(d -> company.equals(track.getAttribute("stroke")));

        setSlider(slider, LocalDate.of(1929, 8, 1));
        waitForMapDate("1929-08-01");
        wait.until(d -> china.equals(track.getAttribute("stroke")));
        assertTrue(browser.findElement(By.cssSelector("#tracks tr[data-i='0'] td.held-by")).getText().contains("china (operator"));
        assertEquals("1929-08-01", browser.findElement(By.id("date")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("path.rail.projected")).isDisplayed(), "projected line drawn");
        screenshot("map-1929");

        new Select(browser.findElement(By.id("route-from"))).selectByVisibleText("Manchouli");
        new Select(browser.findElement(By.id("route-to"))).selectByVisibleText("Vladivostok");
        browser.findElement(By.cssSelector("#map-form input[name=withProjected]")).click();
        browser.findElement(By.cssSelector("#map-form button[type=submit]")).click();
        WebElement route = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route")));
        assertEquals(4, route.getAttribute("points").split(" ").length, "Manchouli, Harbin, Pogranichnaya, Vladivostok");
        assertTrue(browser.findElement(By.id("answer")).getText().contains("1661.5"));
        screenshot("map-route");
    }

    @Test
    void mapDrawsControlKnownOnlyByReportDottedWithWhoseReport() {
        open("/map?date=1932-03-01");
        WebElement branch = browser.findElements(By.cssSelector("path.rail")).stream()
            .filter(p -> p.findElement(By.tagName("title")).getAttribute("textContent").startsWith("Southern branch"))
            .findFirst().orElseThrow();
        assertFalse(branch.getAttribute("class").contains("reported"), "certain from 1932-02");
        setSlider(browser.findElement(By.id("date-slider")), LocalDate.of(1931, 12, 15));
        waitForMapDate("1931-12-15");
        wait.until(d -> branch.getAttribute("class").contains("reported"));
        assertEquals(colourOf("japan"), branch.getAttribute("stroke"));
        assertTrue(branch.findElement(By.tagName("title")).getAttribute("textContent")
            .endsWith("held by japan (reported by japanese-reports)"));
        assertTrue(browser.findElement(By.id("legend-reported")).isDisplayed());
        screenshot("map-reported");
    }

    @Test
    void askRouteOverASectionOfUnknownLengthSaysSo() {
        open("/ask");
        WebElement form = browser.findElement(By.id("form-route"));
        new Select(form.findElement(By.name("from"))).selectByVisibleText("Harbin");
        new Select(form.findElement(By.name("to"))).selectByVisibleText("Kirin");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("route-summary")));
        assertTrue(summary.getText().startsWith("Harbin to Kirin: length unknown, at least 240.0 km"), summary.getText());
        WebElement unknown = browser.findElement(By.cssSelector("#route-way tr.unknown-section"));
        assertTrue(unknown.getText().contains("Changchun Kirin unknown"), unknown.getText());
        screenshot("ask-route-unknown-length");
    }

    @Test
    void askFormAnswersWithReasonsAndAnchors() {
        open("/ask");
        WebElement form = browser.findElement(By.id("form-check"));
        new Select(form.findElement(By.name("actor"))).selectByVisibleText("Japan");
        new Select(form.findElement(By.name("action"))).selectByVisibleText("troop-transport");
        new Select(form.findElement(By.name("from"))).selectByVisibleText("Harbin");
        new Select(form.findElement(By.name("to"))).selectByVisibleText("Pogranichnaya");
        form.findElement(By.name("date")).sendKeys("1932-02-27");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")));
        assertEquals("prohibited", answer.findElement(By.cssSelector("dd.field-verdict")).getText());
        assertTrue(answer.getText().contains("consent of soviet-union"), answer.getText());
        WebElement quote = answer.findElement(By.cssSelector("a.anchor-link"));
        assertTrue(quote.getAttribute("href").contains("/reader/sample#para-"), quote.getAttribute("href"));
        screenshot("ask");
        quote.click();
        wait.until(ExpectedConditions.urlContains("/reader/sample#para-"));
    }

    @Test
    void timelineFiltersByActorAndDrawsTheTension() {
        open("/timeline");
        assertEquals("5 event(s)", browser.findElement(By.id("event-count")).getText());
        new Select(browser.findElement(By.id("actor"))).selectByVisibleText("China");
        browser.findElement(By.id("dyad")).sendKeys("Soviet Union, Japan");
        browser.findElement(By.cssSelector("#timeline-form button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("event-count"), "2 event(s)"));
        assertTrue(browser.findElement(By.id("event-railway-seized")).isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("#timeline-strip rect.range")).size() >= 1, "uncertain dates as ranges");
        assertTrue(browser.findElement(By.id("tension-heading")).getText().startsWith("Tension: soviet-union – japan"));
        WebElement may = browser.findElement(By.cssSelector("#tension-chart g.tension-bar[data-period='1932-05']"));
        assertFalse(may.findElements(By.cssSelector("rect.part-direct")).isEmpty());
        assertFalse(may.findElements(By.cssSelector("rect.part-attributed")).isEmpty(), "the attributed part drawn apart");
        assertTrue(browser.findElement(By.id("tension-legend")).getText().contains("conflict, by attribution"));
        screenshot("timeline");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", may);
        may.findElement(By.cssSelector("rect.part-attributed")).click();
        wait.until(ExpectedConditions.urlContains("#tension-1932-05"));
        WebElement attributed = browser.findElement(By.cssSelector("#tension-events tr.attributed[data-period='1932-05']"));
        assertTrue(attributed.getText().contains("japan aimed-at (target side), as japanese-reports has it"), attributed.getText());
        screenshot("timeline-tension-events");
        browser.findElement(By.cssSelector("#event-railway-seized a.passage")).click();
        wait.until(ExpectedConditions.urlContains("/reader/sample#para-p2"));
    }

    @Test
    void timelineOfEveryDocumentNamesEachEventsDocumentAndFilters() {
        open("/timeline");
        browser.findElement(By.id("across-link")).click();
        wait.until(ExpectedConditions.urlContains("documents=all"));
        assertEquals("5 event(s)", browser.findElement(By.id("event-count")).getText());
        browser.findElement(By.id("actor")).sendKeys("China");
        browser.findElement(By.cssSelector("#timeline-form button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("event-count"), "2 event(s)"));
        WebElement row = browser.findElement(By.id("event-sample--railway-seized"));
        assertEquals("sample", row.getAttribute("data-document"));
        assertEquals("A sample report for the web tests", row.findElement(By.cssSelector("a.document")).getText());
        screenshot("timeline-documents");
        row.findElement(By.cssSelector("a.passage")).click();
        wait.until(ExpectedConditions.urlContains("/reader/sample#para-p2"));
    }

    @Test
    void agreementsInForceOnAChosenDate() {
        open("/agreements?date=1930-06-01");
        assertTrue(browser.findElement(By.id("agreement-portsmouth-treaty-1905")).getText().contains("Treaty of Portsmouth"));
        assertTrue(browser.findElements(By.id("agreement-lease-compromise-1931")).isEmpty(), "not yet signed in 1930");
        screenshot("agreements");
    }

    @Test
    void searchLeadsIntoTheReader() {
        open("/search");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("concession", Keys.ENTER);
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.hit-paragraph a.hit-title")));
        assertEquals("concession", browser.findElement(By.cssSelector("li.hit-paragraph mark")).getText().toLowerCase());
        screenshot("search");
        hit.click();
        wait.until(ExpectedConditions.urlContains("/reader/sample#para-p1"));
    }

    @Test
    void markupInAReportNeverRuns() {
        for (String page : new String[] {"/reader/hostile-report", "/search?q=pwned", "/"}) {
            open(page);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined"), page);
            assertNoAlert();
            assertTrue(browser.findElements(By.cssSelector("main img, main iframe, main svg[onload], main b")).isEmpty(), page);
        }
        open("/reader/hostile-report");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("<script>window.__pwned"));
        assertTrue(browser.findElement(By.id("para-p1")).getText().contains("<img src=x onerror="));
        browser.findElement(By.cssSelector("a.fn-ref")).click();
        WebElement popover = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("popover")));
        assertTrue(popover.getText().contains("<iframe src=\"/\"></iframe>"), popover.getText());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined"));
        screenshot("hostile");
    }

    private static void open(String path) {
        browser.get(web.base() + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String colourOf(String controller) {
        return browser.findElement(By.cssSelector("#legend [data-controller='" + controller + "'] rect")).getAttribute("fill");
    }

    private static void setSlider(WebElement slider, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
                + "arguments[0].dispatchEvent(new Event('change'));", slider, String.valueOf(day.toEpochDay()));
    }

    private static void waitForMapDate(String day) {
        wait.until(d -> day.equals(d.findElement(By.id("map")).getAttribute("data-date"))
            && d.findElement(By.id("tracks-heading")).getText().endsWith(day));
    }

    private static void assertNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private static void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
