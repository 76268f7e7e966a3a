package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The pages in a real headless Chromium (Debian's chromium and chromedriver), over the example store: the list,
 * its filters, search, the reader's highlights, the timeline, and the keyboard. Screenshots go to
 * {@code target/screenshots}. Skips where the browser is missing, unless {@code PARLEY_REQUIRE_BROWSER} is set
 * (as {@code .ci/run} does), where it fails instead.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("PARLEY_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");

    static ParleyServer server;
    static WebDriver browser;

    @BeforeAll
    static void open() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("PARLEY_REQUIRE_BROWSER") != null) {
            throw new AssertionError("PARLEY_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + DRIVER
                    + " is missing (Debian: apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is missing "
                + "(Debian: apt-get install chromium chromium-driver)");
        server = Fixture.server();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void go(String pathAndQuery) {
        browser.get(server.uri().resolve(pathAndQuery).toString());
    }

    static void shot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("table.articles tbody tr"));
    }

    @Test
    void theListFiltersByOutletAndTheSkipLinkComesFirst() throws IOException {
        go("/");
        assertThat(browser.getTitle()).isEqualTo("Articles · Parley");
        assertThat(rows()).hasSize(Fixture.ARTICLES);
        shot("list");
        // The first Tab reaches the skip link.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");

        Select outlet = new Select(browser.findElement(By.id("f-outlet")));
        String first = outlet.getOptions().get(1).getAttribute("value");
        outlet.selectByValue(first);
        browser.findElement(By.id("apply")).click();
        await().until(ExpectedConditions.urlContains("outlet="));
        assertThat(rows()).isNotEmpty().hasSizeLessThan(Fixture.ARTICLES)
                .allSatisfy(r -> assertThat(r.findElements(By.tagName("td")).get(2).getText()).isEqualTo(first));
        assertThat(new Select(browser.findElement(By.id("f-outlet"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(first);
        shot("list-filtered");
    }

    @Test
    void searchFromTheKeyboardThenOpenAnArticleAndSeeItsHighlights() throws IOException {
        go("/search");
        WebElement q = browser.findElement(By.id("s-q"));
        q.sendKeys("\"prisoner exchange\"", Keys.ENTER);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li a")));
        assertThat(browser.findElement(By.id("result-count")).getText()).contains("results for");
        shot("search");
        browser.findElement(By.cssSelector("ol.hits li a")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        List<WebElement> timexes = browser.findElements(By.cssSelector("#text mark.hl-timexes"));
        List<WebElement> mentions = browser.findElements(By.cssSelector("#text mark.hl-mentions"));
        assertThat(timexes).isNotEmpty();
        assertThat(mentions).isNotEmpty();
        // Highlighted for the eye...
        assertThat(timexes.get(0).getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(mentions.get(0).getCssValue("border-bottom-style")).isEqualTo("solid");
        // ...and listed for a screen reader.
        assertThat(browser.findElement(By.id("layer-timexes-h")).getText()).isEqualTo("Time expressions");
        shot("article");
        // The legend turns a layer off and on.
        // A time expression inside an event's evidence stays marked while events are shown: events off first.
        browser.findElements(By.cssSelector("fieldset.legend input[data-layer='events']")).forEach(WebElement::click);
        WebElement box = browser.findElement(By.cssSelector("fieldset.legend input[data-layer='timexes']"));
        box.click();
        assertThat(timexes.get(0).getAttribute("class")).contains("plain");
        assertThat(timexes.get(0).getCssValue("background-color")).isIn("rgba(0, 0, 0, 0)", "transparent");
        box.sendKeys(Keys.SPACE);
        assertThat(timexes.get(0).getAttribute("class")).doesNotContain("plain");
    }

    @Test
    void aHostileArticleRunsNoScriptAndShowsItsTitleAsText() throws IOException {
        go("/articles/" + Fixture.HOSTILE_ID);
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(Fixture.HOSTILE_TITLE);
        assertThat(browser.findElements(By.cssSelector("#text img, #text b, script:not([src])"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.id("text")).getText()).contains("<img src=x onerror=alert(2)>");
        shot("hostile");
    }

    @Test
    void theDatesFilterByKindAndLinkToTheSpan() throws IOException {
        go("/dates");
        assertThat(browser.findElements(By.cssSelector("ol.timeline > li"))).isNotEmpty();
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("timex");
        browser.findElement(By.id("f-from")).sendKeys("05/01/2025");
        browser.findElement(By.id("apply")).click();
        await().until(ExpectedConditions.urlContains("kind=timex"));
        List<WebElement> entries = browser.findElements(By.cssSelector("ol.timeline li li"));
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.getAttribute("class")).isEqualTo("timex"));
        assertThat(browser.findElements(By.cssSelector("ol.timeline time"))).allSatisfy(t -> assertThat(
                t.getAttribute("datetime")).isGreaterThanOrEqualTo("2025"));
        shot("dates");
        entries.get(0).findElement(By.tagName("a")).click();
        await().until(ExpectedConditions.urlContains("#timexes-"));
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.findElement(By.id(anchor)).getAttribute("class")).contains("hl-timexes");
    }

    @Test
    void theNarrativesPageFiltersByLabelAndLeadsToTheEvidenceHighlightedInTheReader() throws IOException {
        go("/narratives");
        assertThat(browser.getTitle()).isEqualTo("Narratives · Parley");
        List<WebElement> groups = browser.findElements(By.cssSelector("section.narrative"));
        assertThat(groups).hasSizeGreaterThan(1);
        shot("narratives");

        new Select(browser.findElement(By.id("f-label"))).selectByValue(Fixture.HOSTILE_NARRATIVE);
        browser.findElement(By.id("apply")).click();
        await().until(ExpectedConditions.urlContains("label="));
        groups = browser.findElements(By.cssSelector("section.narrative"));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.findElement(By.tagName("h2")).getText()).isEqualTo(Fixture.HOSTILE_NARRATIVE);
            assertThat(g.findElement(By.cssSelector("p.count")).getText())
                    .isEqualTo("1 article, 1 independent source");
        });
        assertThat(browser.findElements(By.cssSelector("#main script, #main b, #main i"))).isEmpty();
        shot("narratives-label");

        browser.findElement(By.cssSelector("a.evidence")).click();
        await().until(ExpectedConditions.urlContains("#narratives-"));
        // The reader focuses the evidence: its marks are the current ones, shown as narratives.
        await().until(d -> "mark".equals(d.switchTo().activeElement().getTagName()));
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("hl-narratives", "current");
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.findElements(By.cssSelector("#text mark[data-evidence~='" + anchor + "']"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getAttribute("class")).contains("current", "hl-narratives"));
        shot("narratives-evidence");
    }

    @Test
    void theQuoteBrowserFiltersBySpeakerAndLeadsToTheStatementHighlightedInTheReader() throws IOException {
        go("/quotes");
        assertThat(browser.getTitle()).isEqualTo("All quotes · Parley");
        List<WebElement> speakers = browser.findElements(By.cssSelector("nav.speakers li a"));
        assertThat(speakers).hasSizeGreaterThan(2);
        assertThat(browser.findElements(By.cssSelector("ol.quotes > li"))).isNotEmpty();
        shot("quotes");

        // The most quoted speaker, from the list of speakers.
        WebElement top = speakers.get(1);
        String name = top.getText();
        int count = Integer.parseInt(top.findElement(By.xpath("following-sibling::span[@class='count']")).getText());
        String topHref = top.getAttribute("href");
        top.click();
        await().until(ExpectedConditions.urlContains("speaker="));
        assertThat(browser.findElement(By.id("quotes-h")).getText()).isEqualTo("Quotes of " + name);
        List<WebElement> quotes = browser.findElements(By.cssSelector("ol.quotes > li"));
        assertThat(quotes).hasSize(Math.min(count, 25));
        assertThat(quotes).allSatisfy(q -> assertThat(q.findElement(By.cssSelector("a.speaker")).getText())
                .isEqualTo(name));
        assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo(Math.min(count, 25) + " of "
                + count + " quotes");
        assertThat(browser.findElement(By.cssSelector("nav.speakers a[aria-current]")).getText()).isEqualTo(name);
        shot("quotes-speaker");

        // Then the form, from the keyboard: another speaker and words of one of their quotes.
        Select speaker = new Select(browser.findElement(By.id("f-speaker")));
        speaker.selectByValue(Fixture.HOSTILE_ACTOR);
        browser.findElement(By.id("f-q")).sendKeys("not sign", Keys.ENTER);
        await().until(ExpectedConditions.urlContains("q=not+sign"));
        quotes = browser.findElements(By.cssSelector("ol.quotes > li"));
        assertThat(quotes).hasSize(1);
        // Markup in a quote is shown as its characters and runs nothing.
        assertThat(quotes.get(0).findElement(By.tagName("blockquote")).getText()).isEqualTo(Fixture.HOSTILE_QUOTE);
        assertThat(browser.findElements(By.cssSelector("main em, main i, script:not([src])"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        // Follow a quote of the top speaker to the reader: there it is highlighted and has the focus.
        browser.get(topHref);
        WebElement link = browser.findElement(By.cssSelector("ol.quotes > li a.to-article"));
        String said = browser.findElement(By.cssSelector("ol.quotes > li blockquote")).getText();
        link.click();
        await().until(ExpectedConditions.urlContains("#statements-"));
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement mark = browser.findElement(By.id(anchor));
        assertThat(mark.getAttribute("class")).contains("hl-statements");
        assertThat(mark.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(said).startsWith(mark.getText());
        await().until(d -> anchor.equals(d.switchTo().activeElement().getAttribute("id")));
        // Every piece of that statement (content, cue, source) is marked as the one followed, and no other.
        String group = mark.getAttribute("data-statement");
        List<WebElement> pieces = browser.findElements(By.cssSelector("#text mark[data-statements~='" + group
                + "']"));
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.getAttribute("class")).contains("current"));
        assertThat(browser.findElements(By.cssSelector("#text mark.current"))).hasSameSizeAs(pieces);
        assertThat(browser.findElements(By.cssSelector("#text mark.hl-statements-cue"))).isNotEmpty();
        assertThat(browser.findElement(By.id("layer-statements-h")).getText()).isEqualTo("Statements");
        shot("reader-statement");
    }

    @Test
    void theActorPageShowsAliasesStatementsAndArticlesAndLeadsToTheReader() throws IOException {
        go("/actors");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.actors tbody tr"));
        assertThat(rows).hasSizeGreaterThan(2);
        WebElement first = rows.get(0).findElement(By.tagName("a"));
        String name = first.getText();
        shot("actors");
        // Find it by name from the keyboard.
        WebElement q = browser.findElement(By.id("a-q"));
        q.sendKeys(name, Keys.ENTER);
        await().until(ExpectedConditions.urlContains("q="));
        assertThat(browser.findElements(By.cssSelector("table.actors tbody tr a"))).extracting(WebElement::getText)
                .contains(name);
        browser.findElement(By.linkText(name)).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("actor-name")));
        assertThat(browser.findElement(By.id("actor-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("actor-kind")).getText()).isIn("PERSON", "STATE", "ORG", "DELEGATION");
        List<WebElement> statements = browser.findElements(By.cssSelector("ol.quotes > li"));
        List<WebElement> articles = browser.findElements(By.cssSelector("table.actor-articles tbody tr"));
        assertThat(statements).isNotEmpty();
        assertThat(articles).isNotEmpty();
        assertThat(browser.findElement(By.xpath("//dt[.='Named in']/following-sibling::dd[1]")).getText())
                .isEqualTo(articles.size() + " articles");
        shot("actor");

        // Each statement leads to its article, highlighted there.
        statements.get(0).findElement(By.cssSelector("a.to-article")).click();
        await().until(ExpectedConditions.urlContains("#statements-"));
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.findElement(By.id(anchor)).getAttribute("class")).contains("hl-statements");
        // And the article's statements table links back to the speaker's page.
        assertThat(browser.findElements(By.cssSelector("table.statements a[href^='/actors/']")))
                .extracting(WebElement::getText).contains(name);
    }

    /** The events listed on the page, by their links' event ids. */
    static List<String> listedEvents() {
        return browser.findElements(By.cssSelector("ol.events li.event > a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst(".*/events/", "")).toList();
    }

    @Test
    void theTimelineFiltersByTypeAndActorZoomsAndLeadsThroughAnEventToItsEvidence() throws IOException {
        go("/timeline");
        assertThat(browser.getTitle()).isEqualTo("Timeline · Parley");
        List<String> all = listedEvents();
        assertThat(all).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("ol.periods meter"))).isNotEmpty();
        shot("timeline");

        // Filter by the type and one party of an event that names parties, from the form.
        WebElement sample = browser.findElements(By.cssSelector("ol.events li.event")).stream()
                .filter(li -> !li.findElements(By.cssSelector(".parties")).isEmpty()).findFirst().orElseThrow();
        String type = sample.getAttribute("data-type");
        String party = sample.findElement(By.cssSelector(".parties")).getText().split(", ")[0];
        String sampleId = sample.findElement(By.tagName("a")).getAttribute("href").replaceFirst(".*/events/", "");
        new Select(browser.findElement(By.id("f-type"))).selectByValue(type);
        new Select(browser.findElement(By.id("f-actor"))).selectByVisibleText(party);
        browser.findElement(By.id("apply")).click();
        await().until(ExpectedConditions.urlContains("type=" + type));
        assertThat(browser.getCurrentUrl()).contains("actor=");
        List<String> filtered = listedEvents();
        assertThat(filtered).contains(sampleId).hasSizeLessThanOrEqualTo(all.size());
        assertThat(browser.findElements(By.cssSelector("ol.events li.event")))
                .allSatisfy(li -> assertThat(li.getAttribute("data-type")).isEqualTo(type));
        // The page lists what the API answers for the same filters.
        String query = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('?') + 1);
        List<String> api = new java.util.ArrayList<>();
        ApiTest.parse(Fixture.get(server, "/api/events?limit=500&" + query).body()).get("items")
                .forEach(e -> api.add(e.get("id").asText()));
        assertThat(filtered).containsExactlyElementsOf(api);
        shot("timeline-filtered");

        // Zoom in from the keyboard on the first year, then out again.
        go("/timeline");
        WebElement year = browser.findElement(By.cssSelector("ol.periods a[data-period]"));
        String period = year.getAttribute("data-period");
        year.sendKeys(Keys.ENTER);
        await().until(ExpectedConditions.urlContains("zoom=month"));
        assertThat(browser.findElement(By.cssSelector("nav.zoom a[aria-current]")).getText()).isEqualTo("months");
        assertThat(browser.findElements(By.cssSelector("ol.periods .period"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getText()).startsWith(period));
        assertThat(browser.findElements(By.cssSelector("ol.events time"))).allSatisfy(t -> assertThat(
                t.getAttribute("datetime")).startsWith(period));
        shot("timeline-months");
        browser.findElement(By.id("zoom-out")).click();
        await().until(ExpectedConditions.urlContains("zoom=year"));
        assertThat(listedEvents()).containsExactlyElementsOf(all);

        // Open the filtered event and follow its first report to the reader.
        go("/timeline");
        browser.findElement(By.cssSelector("a[href='/events/" + sampleId + "']")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("event-title")));
        List<WebElement> reports = browser.findElements(By.cssSelector("table.reports tbody tr"));
        assertThat(reports).isNotEmpty();
        assertThat(browser.findElement(By.id("event-sources")).getText()).startsWith(reports.size() + " article");
        shot("event");
        reports.get(0).findElement(By.cssSelector("a.to-article")).click();
        await().until(ExpectedConditions.urlContains("#events-"));
        await().until(d -> "mark".equals(d.switchTo().activeElement().getTagName()));
        WebElement mark = browser.switchTo().activeElement();
        assertThat(mark.getAttribute("class")).contains("hl-events", "current");
        assertThat(mark.getCssValue("box-shadow")).isNotEqualTo("none");
        // Every piece of the followed evidence is marked as followed, and only those.
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        List<WebElement> pieces = browser.findElements(By.cssSelector("#text mark[data-evidence~='" + anchor + "']"));
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.getAttribute("class")).contains("current", "hl-events"));
        assertThat(browser.findElements(By.cssSelector("#text mark.current"))).hasSameSizeAs(pieces);
        assertThat(browser.findElement(By.id("layer-events-h")).getText()).isEqualTo("Events");
        shot("reader-event");
    }
}
