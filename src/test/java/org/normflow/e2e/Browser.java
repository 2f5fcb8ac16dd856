package org.normflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's packages, driven by the machine's chromedriver.
 *
 * <p>Both paths are given explicitly so that Selenium Manager never looks for (or downloads) a
 * browser or driver. Without them the browser tests are skipped with a message, unless {@code
 * -Dnormflow.browser.required=true} (CI), where a missing browser is a failure.
 */
public final class Browser {

  static final String CHROMIUM = System.getProperty("normflow.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("normflow.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  /** Skips (or, when a browser is required, fails) the calling test when Chromium is missing. */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (installed) {
      return;
    }
    String message =
        "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
            + " (Debian: apt-get install chromium chromium-driver fonts-noto-cjk).";
    if (Boolean.getBoolean("normflow.browser.required")) {
      Assertions.fail(message + " normflow.browser.required=true, so this is a failure.");
    }
    System.out.println("SKIPPED browser tests: " + message);
    Assumptions.abort(message);
  }

  /** A Chromium whose language is Chinese, in a fresh profile (no cached translations, no session). */
  public static Session chinese() {
    return open("zh-CN");
  }

  public static Session open(String language) {
    assumeInstalled();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile;
    try {
      profile = Files.createTempDirectory("normflow-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-quic",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    // navigator.languages comes from this preference; --lang alone is not enough in headless mode
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    // the console: content security policy violations fail a journey (issue 15), and Tasklist's script
    // warnings are readable from the test
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            // clerks read deadlines in Beijing time; the machine running the tests may be on UTC
            .withEnvironment(java.util.Map.of("TZ", System.getProperty("normflow.browser.timezone", "Asia/Shanghai")))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return new Session(driver, profile);
  }

  /** Content security policy violations the browser reported in any journey of this run. */
  public static final java.util.List<String> CSP_VIOLATIONS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  /** The driver and its throw-away profile, closed together. */
  public record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

    /** The console's reports of content the page's security policy refused, since the last call. */
    public java.util.List<String> cspViolations() {
      java.util.List<String> violations = new java.util.ArrayList<>();
      try {
        for (var entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
          String message = entry.getMessage();
          if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
            violations.add(message);
          }
        }
      } catch (RuntimeException unsupported) {
        // a driver without console logs: nothing to report
      }
      return violations;
    }

    @Override
    public void close() {
      java.util.List<String> violations = cspViolations();
      CSP_VIOLATIONS.addAll(violations);
      try {
        driver.quit();
      } finally {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
          // a temp profile left behind is harmless
        }
      }
      if (!violations.isEmpty()) {
        throw new AssertionError("the browser refused content under the content security policy: " + violations);
      }
    }
  }
}
