package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda Forms' own validation speaks English; a clerk with a Chinese browser reads Chinese. */
@NormFlowSpringTest
class FormMessagesTests {

  @LocalServerPort int port;

  Browser.Session browser;
  TasklistPage tasklist;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, Path.of("target/screenshots"));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("form-js validation messages appear in Chinese: a required field left empty, a date in the wrong format")
  void validationMessagesInChinese() {
    tasklist.login("drafter");
    tasklist.startProcess("行政规范性文件制定");

    WebElement title = tasklist.input("文件标题");
    title.sendKeys("临时");
    title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    WebElement date = tasklist.input("拟施行日期");
    date.sendKeys("2027/03/01", Keys.TAB);

    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    wait.until(d -> tasklist.field("文件标题").getText().contains("此项为必填项"));
    wait.until(d -> tasklist.field("拟施行日期").getText().contains("格式不正确"));
    assertThat(tasklist.pageText()).doesNotContain("Field is required", "Field must match pattern", "Select");
    tasklist.screenshot("form-messages-zh");
  }
}
