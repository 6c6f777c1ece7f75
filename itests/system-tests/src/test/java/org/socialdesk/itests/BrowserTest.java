package org.socialdesk.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
    private static final String VK_TOKEN = "vk1.a.browser-test-5f3c9e";
    private static final String NEW_USER = "browser.editor";

    private RunningDistribution socialdesk;
    private WebDriver browser;
    private WebDriverWait wait;

    /** What the browser showed when a step failed, to see why without running it again. */
    @RegisterExtension
    final TestWatcher captureOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            try {
                Files.write(Path.of("target/browser-failure.png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                Files.writeString(Path.of("target/browser-failure.html"), browser.getPageSource());
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    };

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
    void logsInSeesTheLayoutOpensNetworksAndLogsOut() throws Exception {
        browser.get(socialdesk.uri("/").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        // right after start the page may still say «Вход временно недоступен» until the UI has bound the login
        // service; a person would try again, and so does the test
        wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("document.querySelector('vaadin-login-form').error = false");
            login("admin", "wrong password");
            new WebDriverWait(d, Duration.ofSeconds(30)).until(page -> ((JavascriptExecutor) page).executeScript(
                    "return document.querySelector('vaadin-login-form').error === true"));
            return !"Вход временно недоступен".equals(errorTitle());
        });
        assertEquals("Неверное имя пользователя или пароль", errorTitle());

        login("admin", "socialdesk-demo");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        assertEquals("admin", user.getText());
        for (String section : new String[] {"Реестр", "Контент-план", "Модерация", "Сети", "Журнал", "Пользователи"}) {
            assertTrue(browser.findElement(By.id("navigation")).getText().contains(section), section);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisations-grid"),
                "Правительство Алтайского края"));
        // with the Telegram connector removed at run time, its accounts show as not connected, the others as connected
        assertEquals(0, socialdesk.console("feature:uninstall socialdesk-connector-telegram").exitCode());
        try {
            browser.findElement(By.xpath("//vaadin-grid-cell-content[text()='Правительство Алтайского края']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts-grid"), "не подключено"));
            // the grid listed every organisation's accounts before the click; wait until it lists the three selected
            wait.until(ExpectedConditions.textToBe(By.id("accounts-title"),
                    "Аккаунты: Правительство Алтайского края"));
            wait.until(d -> connectionCells().count() == 3);
            List<String> cells = browser.findElement(By.id("accounts-grid")).getText().lines().map(String::strip)
                    .toList();
            assertEquals(1, cells.stream().filter("не подключено"::equals).count(), cells.toString());
            assertEquals(2, cells.stream().filter("подключено"::equals).count(), cells.toString());
        } finally {
            assertEquals(0, socialdesk.console("feature:install socialdesk-connector-telegram").exitCode());
        }

        showsTheCodeThatEmbedsTheGovernmentsAccountsOnAWebsite();
        storesAVkTokenThatIsNeverShownBack();
        addsAnAccountThatThePublicPageShows();
        createsAUser();
        plansAPostWithStyleAdviceThatTheWeekShows();
        showsTheQuotasAndTheModerationQueue();
        browser.findElement(By.id("nav-audit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-grid"), "User " + NEW_USER));
        assertTrue(browser.findElement(By.id("audit-grid")).getText().contains("USER_CREATED"));

        browser.findElement(By.id("nav-networks")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("networks-view")));
        assertTrue(browser.getCurrentUrl().endsWith("/networks"), browser.getCurrentUrl());

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        browser.get(socialdesk.uri("/registry").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertTrue(browser.getCurrentUrl().contains("login"), browser.getCurrentUrl());
    }

    /** On the Government's VK account, which the registry step left selected. */
    private void storesAVkTokenThatIsNeverShownBack() {
        // the three accounts of a body share its title: the button's label names the network too
        WebElement keys = browser.findElement(
                By.cssSelector("vaadin-button[aria-label='Ключи доступа: vk, Правительство']"));
        // the grid is only as tall as the window leaves it: bring the row into its visible part first
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", keys);
        wait.until(ExpectedConditions.elementToBeClickable(keys)).click();
        type("account-secrets-new-name", "access_token", Keys.TAB);
        type("account-secrets-new-value", VK_TOKEN);
        browser.findElement(By.id("account-secrets-save")).click();
        WebElement stored = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("account-secret-access_token")));
        assertEquals("access_token", stored.findElement(By.className("secret-name")).getText());
        assertEquals("••••••••", stored.findElement(By.className("secret-mask")).getText());
        assertFalse(browser.getPageSource().contains(VK_TOKEN), "the stored token is in the page");
        browser.findElement(By.id("account-secrets-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("account-secrets-list")));
    }

    /** The public page reads the registry on every request, so the new account is there at once. */
    private void addsAnAccountThatThePublicPageShows() {
        String url = "https://vk.com/browser_test_" + Long.toString(System.nanoTime(), 36);
        String registry = browser.getCurrentUrl();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("account-add"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-form")));
        // the form proposes the selected organisation, the Government; typing replaces it
        type("account-form-organisation", Keys.chord(Keys.CONTROL, "a"), "Минздрав", Keys.ENTER);
        type("account-form-network", "vk", Keys.ENTER);
        type("account-form-url", url);
        type("account-form-title", "Минздрав: браузерный тест");
        browser.findElement(By.id("account-form-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("account-form-save")));
        // the registry shows the organisation of the saved account
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts-grid"), url));

        browser.get(socialdesk.uri("/public/registry").toString());
        assertTrue(browser.getPageSource().contains(url), "the public registry does not list " + url);
        browser.get(registry);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    }

    /** The connection column's cells among the visible rows of the accounts grid. */
    private Stream<String> connectionCells() {
        return browser.findElement(By.id("accounts-grid")).getText().lines().map(String::strip)
                .filter(cell -> cell.equals("подключено") || cell.equals("не подключено"));
    }

    private void createsAUser() {
        browser.findElement(By.id("nav-users")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("user-create"))).click();
        type("user-create-username", NEW_USER);
        type("user-create-display-name", "Иванова Анна Петровна");
        type("user-create-password", "browser-test-password");
        type("user-create-password-repeat", "browser-test-password");
        browser.findElement(By.id("user-create-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-grid"), NEW_USER));
        // a new user's roles dialog follows; this user needs none
        wait.until(ExpectedConditions.elementToBeClickable(By.id("user-roles-cancel"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-roles-cancel")));
    }

    /**
     * The Government is chosen by default and the demo plan fills the days around today; a new post written in
     * press-release style gets the linter's advice as it is typed, and is on the week's calendar once saved.
     */
    private void plansAPostWithStyleAdviceThatTheWeekShows() {
        browser.findElement(By.id("nav-content-plan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-week")));
        wait.until(d -> !d.findElements(By.cssSelector("[id^='plan-item-']")).isEmpty());

        wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-new"))).click();
        // the editor is a dialog: its fields live in an overlay, not inside the element with its id
        type("plan-occasion-title", "Открытие парка в Бийске");
        type("plan-targets", "ВКонтакте — Правительство");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#plan-targets input")))
                .sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-targets"), "Правительство"));
        String title = "Браузерный тест " + Long.toString(System.nanoTime(), 36);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#plan-text textarea"))).sendKeys(
                title + ". В целях реализации мероприятий осуществляется благоустройство парка.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-findings"), "в целях"));

        browser.findElement(By.id("plan-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan-occasion-title")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-week"), title));
        movesThePostToAnotherDayByDragAndDrop(title);
    }

    /**
     * Drags the post's card onto the next day of the week (the previous one when it is the week's last) and sees it
     * stored there. WebDriver cannot drag in Chromium, so the page gets the HTML5 drag events a person's drag
     * fires, in their order, with one shared DataTransfer; Vaadin's own drag-and-drop code handles them.
     */
    private void movesThePostToAnotherDayByDragAndDrop(String title) {
        WebElement card = browser.findElement(By.xpath("//*[starts-with(@id,'plan-item-') and contains(., '"
                + title + "')]"));
        String from = card.findElement(By.xpath("ancestor::*[starts-with(@id,'plan-day-')][1]")).getDomAttribute("id");
        String item = card.getDomAttribute("id").substring("plan-item-".length());
        List<String> days = browser.findElements(By.cssSelector("[id^='plan-day-']")).stream()
                .map(day -> day.getDomAttribute("id")).toList();
        int index = days.indexOf(from);
        String to = days.get(index + 1 < days.size() ? index + 1 : index - 1);
        ((JavascriptExecutor) browser).executeScript("""
                const [source, target] = arguments;
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(new DragEvent(type,
                        {bubbles: true, cancelable: true, composed: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, card, browser.findElement(By.id(to)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(to), title));
        assertFalse(browser.findElement(By.id(from)).getText().contains(title), "the card left its day");
        // the week is drawn anew from what is stored when it is shown again: the card is still on the new day
        browser.findElement(By.id("plan-mode-list")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(to)));
        browser.findElement(By.id("plan-mode-week")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(to), title));
        assertFalse(browser.findElement(By.id(from)).getText().contains(title), "the move was stored");
        opensThePostFromTheLinkOfANotice(item, title);
    }

    /** The e-mail notices link to an item as /content-plan?item=ID: the link opens the item's editor. */
    private void opensThePostFromTheLinkOfANotice(String id, String title) {
        browser.findElement(By.id("nav-registry")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisations-grid")));
        browser.get(socialdesk.uri("/content-plan?item=" + id).toString());
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#plan-text textarea")));
        wait.until(d -> text.getDomProperty("value").startsWith(title));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-cancel"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan-occasion-title")));
    }

    /** The demo plan's published days count towards the quotas; the queue opens for the administrator. */
    private void showsTheQuotasAndTheModerationQueue() {
        browser.findElement(By.id("nav-quotas")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quota-grid"), "Правительство"));
        assertTrue(browser.findElement(By.id("quota-charts")).findElements(By.tagName("svg")).size() > 0,
                "a chart per organisation");

        browser.findElement(By.id("nav-moderation")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moderation-grid")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moderation-stats")));
        triesAnOrganisationsOwnBannedWordOnASample();
    }

    /** «Словари организации»: a word typed into the banned list, not yet saved, already judges the sample text. */
    private void triesAnOrganisationsOwnBannedWordOnASample() {
        browser.findElement(By.id("moderation-words")).click();
        type("moderation-words-organisation", "Правительство");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#moderation-words-organisation input")))
                .sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-words-saved"),
                "Списки организации ещё не заполнялись"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#moderation-words-banned textarea")))
                .sendKeys("бюрократище");
        type("moderation-words-sample", "Опять это бюрократище в комментариях");
        browser.findElement(By.id("moderation-words-check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-words-verdict"),
                "оскорбление"));
        browser.findElement(By.id("moderation-words-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("moderation-words-verdict")));
    }

    /** Into the input inside a Vaadin field, once it can take keys. */
    private void type(String fieldId, CharSequence... keys) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input"))).sendKeys(keys);
    }

    /** The Government is selected: the code shows its accounts, from the address this browser uses. */
    private void showsTheCodeThatEmbedsTheGovernmentsAccountsOnAWebsite() {
        browser.findElement(By.id("registry-embed")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registry-embed-code")));
        String code = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('registry-embed-code').value");
        assertTrue(code.startsWith("<iframe src=\"" + socialdesk.uri("/public/registry?org=")), code);
        browser.findElement(By.id("registry-embed-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("registry-embed-dialog")));
    }

    private String errorTitle() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('vaadin-login-form').i18n.errorMessage.title");
    }

    private void login(String username, String password) {
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("input[name=password]"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }
}
