package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground page of {@code serve} driven in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which scripts/test-all.sh installs): what the page shows is compared with what the handler
 * answers for the lead the page says it sent.
 */
class PlaygroundIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static ScoreHandler handler;
    static ServeCommand.LocalServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        ModelBundle bundle = ModelLoader.load(FixtureStore.path().toString(), null);
        handler = new ScoreHandler(Serving.of(bundle), RequestMetrics.NONE, Cors.NONE);
        byte[] report = ModelStores.open(FixtureStore.path().toString())
                .file(bundle.manifest().modelVersion(), Manifest.REPORT_FILE);
        server = ServeCommand.LocalServer.start(handler, 0, 2, new Playground(report));
        base = "http://127.0.0.1:" + server.port();
        String driver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("chromium", "/usr/bin/chromium");
        assertTrue(
                new File(driver).canExecute() && new File(chromium).canExecute(),
                "needs Debian's chromium and chromium-driver (scripts/test-all.sh installs them): " + chromium + ", "
                        + driver);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,900");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    static String testid(String id) {
        return browser.findElement(By.cssSelector("[data-testid='" + id + "']"))
                .getText()
                .trim();
    }

    static String awaitText(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> !testid(id).isEmpty());
        return testid(id);
    }

    /** The lead in the page's address (its form state, with the API's field names), as the API takes it. */
    static ObjectNode leadInTheAddress() {
        ObjectNode lead = JSON.createObjectNode();
        String query = URI.create(browser.getCurrentUrl()).getRawQuery();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            if (name.equals("id") || name.endsWith("_at") || name.endsWith("_date")) {
                lead.put(name, value);
            } else {
                lead.put(name, Long.parseLong(value));
            }
        }
        return lead;
    }

    /** What the handler answers for {@code lead}, explained, as the page asks. */
    static JsonNode apiAnswer(JsonNode lead) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("leads").add(lead);
        body.put("explain", true);
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withPath("/v1/score")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body.toString());
        return JSON.readTree(handler.handle(event, null).getBody());
    }

    static void assertShows(JsonNode score) {
        assertEquals(score.get("grade").asText(), awaitText("grade"));
        assertEquals(score.get("score").asText(), testid("score"));
        assertEquals(score.get("probability").asDouble(), Double.parseDouble(testid("probability")), 0.0005);
        assertEquals(score.get("buy").asBoolean() ? "yes" : "no", testid("buy"));
        // The reasons chart: one bar per factor, up for a positive impact, down for a negative one.
        List<WebElement> bars = browser.findElements(By.cssSelector("[data-testid='reason']"));
        assertEquals(score.get("factors").size(), bars.size());
        long up = 0;
        for (JsonNode f : score.get("factors")) {
            up += f.get("impact").asDouble() >= 0 ? 1 : 0;
        }
        assertEquals(
                up,
                bars.stream()
                        .filter(b -> "up".equals(b.getAttribute("data-direction")))
                        .count());
    }

    @Test
    void fillingTheFormFromAnExampleAndSubmittingShowsTheApisGrade() throws Exception {
        browser.get(base + "/");
        browser.findElement(By.cssSelector("[data-testid='example-1']")).click();
        browser.findElement(By.id("score")).click();
        String grade = awaitText("grade");
        assertTrue(List.of("A", "B", "C", "D").contains(grade), grade);
        JsonNode answer = apiAnswer(leadInTheAddress());
        assertShows(answer.at("/scores/0"));
        assertFalse(testid("model-version").isEmpty());
    }

    @Test
    void aSharedLinkFillsTheFormAndScoresAtOnce() throws Exception {
        Map<String, String> lead = new LinkedHashMap<>();
        lead.put("id", "shared-7");
        lead.put("created_at", "2021-06-15");
        lead.put("campaign_var_1", "7");
        lead.put("campaign_var_2", "11");
        lead.put("products_purchased", "2");
        lead.put("signup_date", "2020-12-01");
        for (int i = 1; i <= 12; i++) {
            lead.put("user_activity_var_" + i, String.valueOf(i % 3));
        }
        StringBuilder query = new StringBuilder();
        lead.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(v));
        browser.get(base + "/?" + query);
        String score = awaitText("score");
        ObjectNode expected = JSON.createObjectNode();
        lead.forEach((k, v) -> {
            if (k.equals("id") || k.endsWith("_at") || k.endsWith("_date")) {
                expected.put(k, v);
            } else {
                expected.put(k, Integer.parseInt(v));
            }
        });
        JsonNode answer = apiAnswer(expected);
        assertEquals(answer.at("/scores/0/score").asText(), score);
        assertShows(answer.at("/scores/0"));
        assertEquals("2020-12-01", browser.findElement(By.id("f-signup_date")).getAttribute("value"));
        assertEquals("2", browser.findElement(By.id("f-products_purchased")).getAttribute("value"));
    }

    @Test
    void aValueTheApiRefusesShowsTheApisMessageBesideThatField() throws Exception {
        browser.get(base + "/");
        browser.findElement(By.cssSelector("[data-testid='example-2']")).click();
        WebElement campaign = browser.findElement(By.id("f-campaign_var_1"));
        campaign.clear();
        campaign.sendKeys("1200");
        browser.findElement(By.id("score")).click();
        String shown = awaitText("error-campaign_var_1");
        JsonNode problem = apiAnswer(leadInTheAddress());
        assertEquals(400, problem.get("status").asInt());
        String expected = null;
        for (JsonNode e : problem.get("errors")) {
            if (e.get("pointer").asText().equals("/leads/0/campaign_var_1")) {
                expected = e.get("detail").asText();
            }
        }
        assertEquals(expected, shown);
        assertFalse(browser.findElement(By.id("answer")).isDisplayed(), "nothing is scored");
        assertEquals("", testid("error-campaign_var_2"), "only the refused field is marked");
    }

    @Test
    void thePageLinksTheModelsReportAndABrowsableReferenceServedFromTheJar() {
        browser.get(base + "/");
        WebElement report = browser.findElement(By.cssSelector("[data-testid='report-link']"));
        assertEquals(base + "/report.html", report.getAttribute("href"));
        browser.get(base + "/docs");
        // Swagger UI (its webjar, inside function.jar) renders the served openapi.yaml.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> !b.findElements(By.cssSelector(".swagger-ui .info .title"))
                        .isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".swagger-ui .info .title"))
                .getText()
                .contains("Smart Lead Scoring API"));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b ->
                        !b.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .anyMatch(e -> e.getText().contains("/v1/score")));
    }
}
