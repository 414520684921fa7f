package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in Debian's headless Chromium, driven by Selenium through {@code /usr/bin/chromedriver} (nothing
 * is downloaded): Read shows the sample's events in its text, Explore the PRK–RUS timeline, Map the places.
 * Screenshots of each view go to {@code target/screenshots}. Skips, saying why, where Chromium is absent.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static TestServer t;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static Path profile;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: Debian's chromium and chromium-driver are not installed "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        t = TestServer.start();
        screenshots = Path.of(System.getProperty("dyad.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        profile = Files.createTempDirectory("dyad-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--lang=es-ES", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (t != null) {
            t.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void laptop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(t.server.url());
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('dyad.lang', 'es')");
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    private static void open(String hash) {
        driver.get(t.server.url() + "#" + hash);
        driver.navigate().refresh();
    }

    @Test
    void readShowsThePraiseOfRussiaHighlightedInTheText() throws IOException {
        open("read");
        WebElement text = driver.findElement(By.id("read-text"));
        text.sendKeys(TestServer.sampleText());
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2024-06-13'",
                driver.findElement(By.id("read-date")));
        driver.findElement(By.id("read-go")).click();
        WebElement praise = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#read-events li[data-code='051'][data-source^='PRK'][data-target^='RUS']")));
        assertThat(praise.getText()).contains("051").contains("elogió");

        new Actions(driver).moveToElement(praise).perform();
        List<WebElement> lit = driver.findElements(By.cssSelector("#read-article span.on"));
        assertThat(lit).extracting(WebElement::getText).contains("elogió");
        WebElement trigger = lit.stream().filter(s -> s.getText().equals("elogió")).findFirst().orElseThrow();
        assertThat(trigger.getAttribute("class")).contains("hl-pred");
        assertThat(driver.findElements(By.cssSelector("#read-article span.hl-time"))).extracting(WebElement::getText)
                .contains("abril de 2019");
        assertThat(driver.findElements(By.cssSelector("#read-article span.hl-place")))
                .extracting(WebElement::getText).contains("Vladivostok");
        shot("read");

        // The keyboard reaches the same highlight: the first event after the button is the praise.
        new Actions(driver).moveByOffset(-400, -300).perform();
        WebElement button = driver.findElement(By.id("read-go"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", button);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("data-code")).isEqualTo("051");
        assertThat(driver.findElements(By.cssSelector("#read-article span.on"))).extracting(WebElement::getText)
                .contains("elogió");
    }

    @Test
    void exploreShowsThe2019SummitBehindItsBar() throws IOException {
        open("explore");
        driver.findElement(By.id("actor-a")).sendKeys("PRK");
        driver.findElement(By.id("actor-b")).sendKeys("RUS");
        driver.findElement(By.id("explore-go")).click();
        WebElement april = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline g.bar[data-label='2019-04']")));
        assertThat(april.getAttribute("aria-label")).contains("2019-04");
        april.click();
        WebElement summit = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#bucket-events li[data-code='040']")));
        assertThat(summit.getText()).contains("2019-04").contains("Vladivostok");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network g.edge")));
        driver.manage().window().setSize(new Dimension(1280, 1900));
        shot("explore");
        driver.manage().window().setSize(new Dimension(1280, 900));

        summit.findElement(By.tagName("a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#read-events li")));
        assertThat(driver.findElement(By.id("view-read")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#read-article span.hl-pred"))).extracting(WebElement::getText)
                .contains("cumbre");
    }

    @Test
    void mapPlacesTheEventsColouredByQuadClass() throws IOException {
        open("map");
        WebElement vladivostok = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#map circle[data-place='Vladivostok'][data-code='040']")));
        assertThat(vladivostok.getAttribute("fill")).isEqualTo("#4a90c8");
        assertThat(driver.findElements(By.cssSelector("#map path.land"))).hasSizeGreaterThan(150);
        vladivostok.click();
        assertThat(driver.findElement(By.id("map-events")).getText()).contains("040");
        shot("map");
    }

    @Test
    void aPhoneWidthStacksTheEventsBelowTheText() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("read");
        // The landing page lists the stored articles: the sample opens from there.
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#stored-list a[data-article='" + SampleArticle.ID + "']"))).click();
        WebElement first = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#read-events li")));
        WebElement article = driver.findElement(By.id("read-article"));
        assertThat(first.getRect().getY()).isGreaterThan(article.getRect().getY() + article.getRect().getHeight());
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        shot("read-phone");
    }

    @Test
    void theLanguageSwitchesBetweenSpanishAndEnglish() {
        open("read");
        WebElement tab = driver.findElement(By.id("tab-explore"));
        assertThat(tab.getText()).isEqualTo("Explorar");
        driver.findElement(By.id("lang")).click();
        assertThat(tab.getText()).isEqualTo("Explore");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.findElement(By.id("lang")).click();
        assertThat(tab.getText()).isEqualTo("Explorar");
    }

    private static void shot(String name) throws IOException {
        File png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
