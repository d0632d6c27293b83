package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app in Debian's Chromium, driven by the system chromedriver: log in, filter, open a case and see the
 * highlighted evidence, edit an incident and find the edit in the audit log, see the map and the chart render.
 * Screenshots go to {@code web/target/screenshots/}. Skipped when {@code /usr/bin/chromedriver} is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static TestServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(new File(DRIVER).canExecute(), DRIVER + " not found: browser tests skipped"
                + " (apt-get install chromium chromium-driver)");
        server = TestServer.start(false, false);
        profile = Files.createTempDirectory("amnok-chromium");
        ChromeOptions options = new ChromeOptions();
        if (new File("/usr/bin/chromium").canExecute()) {
            options.setBinary("/usr/bin/chromium");
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void shot(String name) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void open(String path) {
        browser.get(server.url(path));
    }

    @Test
    @Order(1)
    void logsInAndSeesTheDashboardChartRender() throws IOException {
        open("/");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("name")).sendKeys("editor1");
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("chart"), "data-rendered", "true"));
        assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("p.totals")).getText()).contains("3 reports", "4 incidents");
        shot("dashboard");
    }

    @Test
    @Order(2)
    void filtersCasesByType() throws IOException {
        open("/cases");
        new Select(browser.findElement(By.cssSelector("#filters select[name=type]"))).selectByVisibleText("ARREST");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("type=ARREST"));
        List<String> cases = browser.findElements(By.cssSelector("table.cases tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertThat(cases).containsExactly("case-fx-arrest#0");
        shot("cases-filtered");
    }

    @Test
    @Order(3)
    void opensACaseAndSeesTheEvidenceHighlightedInItsDocument() throws IOException {
        open("/cases?type=ARREST");
        browser.findElement(By.linkText("case-fx-arrest#0")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".document mark.evidence")));
        assertThat(mark.getText()).isEqualTo(Fixtures.ARREST_SENTENCE);
        assertThat(mark.getCssValue("background-color")).isEqualTo("rgba(255, 224, 102, 1)");
        assertThat(browser.findElement(By.cssSelector(".document")).getText()).contains("Two of them are women.");
        shot("case");
    }

    @Test
    @Order(4)
    void editsAnIncidentAndFindsTheEditInTheAuditLog() throws IOException {
        open("/incidents/fx-arrest%230");
        WebElement min = browser.findElement(By.cssSelector("#edit-form input[name=people_min]"));
        min.clear();
        min.sendKeys("7");
        WebElement max = browser.findElement(By.cssSelector("#edit-form input[name=people_max]"));
        max.clear();
        max.sendKeys("7");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main p"), "EDITED"));
        shot("incident-edited");
        open("/audit");
        WebElement row = browser.findElement(By.cssSelector("table.audit tbody tr"));
        assertThat(row.getText()).contains("editor1", "incident:fx-arrest#0", "\"min\":4", "\"min\":7");
        shot("audit");
    }

    @Test
    @Order(5)
    void showsTheMapWithTheBundledBasemapAndCaseMarkers() throws IOException {
        open("/map");
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-basemap-rendered", "true"));
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive")).size())
                .as("country shapes and markers").isGreaterThan(100);
        assertThat(browser.findElement(By.id("map")).getAttribute("data-markers")).isEqualTo("3");
        shot("map");
    }

    @Test
    @Order(6)
    void showsTimelineAtRiskDocumentAndImportPages() throws IOException {
        open("/timeline");
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("2019-06", "2019-05",
                "case-fx-arrest#0");
        shot("timeline");
        open("/at-risk");
        assertThat(browser.findElement(By.cssSelector("table.cases")).getText()).contains("case-fx-held#0",
                Fixtures.FACILITY).doesNotContain("case-fx-return#0");
        shot("at-risk");
        open("/documents/fx-held");
        assertThat(browser.findElements(By.cssSelector(".document mark.evidence"))).hasSize(1);
        open("/import");
        assertThat(browser.findElement(By.cssSelector("input[type=file]")).getAttribute("multiple")).isNotNull();
        shot("import");
    }

    @Test
    @Order(7)
    void showsThePublicViewWithItsChart() throws IOException {
        open("/public");
        wait.until(ExpectedConditions.attributeToBe(By.id("chart"), "data-rendered", "true"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("fewer than 3")
                .doesNotContain(Fixtures.ARREST_SENTENCE);
        shot("public");
    }
}
