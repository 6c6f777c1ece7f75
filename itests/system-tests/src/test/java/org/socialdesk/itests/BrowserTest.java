package org.socialdesk.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person's first session, in Debian's Chromium driven by Selenium against the started distribution. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(StartedDistribution.class)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private RunningDistribution socialdesk;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser(RunningDistribution distribution) throws Exception {
        socialdesk = distribution;
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=ru",
                "--user-data-dir=" + Files.createTempDirectory("socialdesk-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void logsInSeesTheLayoutOpensNetworksAndLogsOut() {
        browser.get(socialdesk.uri("/").toString());
        login("admin", "wrong password");
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-login-form').error === true"));
        assertEquals("Неверное имя пользователя или пароль", ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('vaadin-login-form').i18n.errorMessage.title"));

        login("admin", "socialdesk-demo");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        assertEquals("admin", user.getText());
        for (String section : new String[] {"Реестр", "Контент-план", "Модерация", "Сети", "Журнал", "Пользователи"}) {
            assertTrue(browser.findElement(By.id("navigation")).getText().contains(section), section);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisations-grid"),
                "Правительство Алтайского края"));
        browser.findElement(By.xpath("//vaadin-grid-cell-content[text()='Правительство Алтайского края']")).click();
        // VK has its connector in the distribution, OK and Telegram do not yet
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts-grid"), "не подключено"));
        List<String> cells = browser.findElement(By.id("accounts-grid")).getText().lines().map(String::strip).toList();
        assertEquals(2, cells.stream().filter("не подключено"::equals).count(), cells.toString());
        assertEquals(1, cells.stream().filter("подключено"::equals).count(), cells.toString());

        browser.findElement(By.id("nav-networks")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("networks-view")));
        assertTrue(browser.getCurrentUrl().endsWith("/networks"), browser.getCurrentUrl());

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        browser.get(socialdesk.uri("/registry").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertTrue(browser.getCurrentUrl().contains("login"), browser.getCurrentUrl());
    }

    private void login(String username, String password) {
        WebElement name;
        try {
            name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        } catch (RuntimeException e) {
            try {
                java.nio.file.Files.write(Path.of("target/browser-failure.png"),
                        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                java.nio.file.Files.writeString(Path.of("target/browser-failure.html"), browser.getPageSource());
            } catch (java.io.IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("input[name=password]"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }
}
