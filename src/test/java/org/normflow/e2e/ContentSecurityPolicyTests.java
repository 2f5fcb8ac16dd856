package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: the webapps and NormFlow's pages work under their content security policies. Every browser
 * journey fails on a violation in the console ({@link Browser.Session#close}); this test shows that such a
 * violation is indeed seen, and walks the pages no journey opens (Admin's users and groups, the drafters'
 * workbench page).
 */
@NormFlowSpringTest
class ContentSecurityPolicyTests {

  @LocalServerPort int port;

  @Test
  @DisplayName("a content the policy refuses is reported from the browser's console: the check of every journey works")
  void violationsAreSeen() {
    try (Browser.Session browser = Browser.chinese()) {
      browser.driver().get("http://localhost:" + port + "/public/");
      ((JavascriptExecutor) browser.driver()).executeScript(
          "var s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s);");
      assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.injected === undefined"))
          .as("the injected inline script did not run").isEqualTo(true);
      assertThat(browser.cspViolations()).as("the console reports the refusal").isNotEmpty();
    }
  }

  @Test
  @DisplayName("Admin (users, groups, authorizations) and the drafters' workbench page run without a policy violation")
  void adminAndWorkbenchUnderThePolicy() {
    try (Browser.Session browser = Browser.chinese()) {
      TasklistPage pages = new TasklistPage(browser.driver(), "http://localhost:" + port, Path.of("target/e2e"));
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
      pages.login("admin");
      for (String page : new String[] {"#/users", "#/groups", "#/authorization?resource=0", "#/system?section=system-settings-general"}) {
        browser.driver().get("http://localhost:" + port + "/camunda/app/admin/default/" + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ctn-main, .ctn-content, main, table")));
      }
      pages.logout();
      pages.login("drafter");
      browser.driver().get("http://localhost:" + port + "/workbench/index.html");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#normflow-workbench *")));
      assertThat(browser.cspViolations()).isEmpty();
    }
  }
}
