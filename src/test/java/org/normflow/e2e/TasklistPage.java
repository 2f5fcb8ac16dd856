package org.normflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a clerk uses it: log in, start a process through its start form, pick a
 * filter, open and claim a task, fill the Camunda Form by its Chinese labels, complete.
 *
 * <p>Form methods act on the open start dialog if there is one, otherwise on the open task, so a
 * whole journey reads as the clerk's steps:
 *
 * <pre>
 * tasklist.login("legal");
 * tasklist.openTask("合法性审查");
 * tasklist.claim();
 * tasklist.selectOption("审查结论", "合法");
 * tasklist.fillField("审查意见", "...");
 * tasklist.complete();
 * </pre>
 *
 * <p>Every wait is explicit; nothing sleeps.
 */
public class TasklistPage {

  public static final String PASSWORD = "demo";
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  static final By USERNAME = By.cssSelector("input[ng-model='username']");
  static final By PASSWORD_INPUT = By.cssSelector("input[ng-model='password']");
  static final By LOGIN_BUTTON = By.cssSelector("form button[type='submit']");
  static final By FILTERS = By.cssSelector("[cam-tasklist-filters] .task-filter");
  static final By START_PROCESS = By.cssSelector(".start-process-action a");
  static final By MODAL = By.cssSelector(".modal-content");
  static final By TASKS = By.cssSelector("ol.tasks-list li.task");
  static final By TASK_LINKS = By.cssSelector("ol.tasks-list li.task h4.task a");
  static final By CLAIM = By.cssSelector("[cam-tasklist-task-meta] button.claim");
  static final By ASSIGNEE = By.cssSelector("[cam-tasklist-task-meta] .assignee");
  static final By FORM_JS = By.cssSelector("[cam-tasklist-form] .fjs-form");
  static final By COMPLETE = By.cssSelector("[cam-tasklist-form] button.btn-primary[ng-click='complete()']");
  static final By START_BUTTON = By.cssSelector(".modal-content button.btn-primary[ng-click='startProcessInstance()']");
  static final By NOTIFICATIONS = By.cssSelector(".page-notifications .alert, [cam-notifications] .alert");

  private final WebDriver driver;
  private final String baseUrl;
  private final Path screenshots;
  private final WebDriverWait wait;

  /**
   * @param baseUrl e.g. {@code http://localhost:8080}
   * @param screenshots folder for {@link #screenshot(String)}; created when missing
   */
  public TasklistPage(WebDriver driver, String baseUrl, Path screenshots) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.screenshots = screenshots;
    this.wait = new WebDriverWait(driver, TIMEOUT);
  }

  public WebDriver driver() {
    return driver;
  }

  // ---------------------------------------------------------------- session

  public TasklistPage login(String user) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
    // on a busy machine the login form may still be taking focus while keys arrive: type each field
    // until it holds exactly what was typed, then sign in
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
      WebElement password = d.findElement(PASSWORD_INPUT);
      username.clear();
      username.sendKeys(user);
      password.clear();
      password.sendKeys(PASSWORD);
      return user.equals(username.getAttribute("value")) && PASSWORD.equals(password.getAttribute("value"));
    });
    driver.findElement(LOGIN_BUTTON).click();
    waitUntilLoaded();
    return this;
  }

  /** Logs out through the account menu and waits for the login form. */
  public TasklistPage logout() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account a.dropdown-toggle"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account li.logout a"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    return this;
  }

  /** The filters list is the last thing Tasklist shows after login or reload. */
  public TasklistPage waitUntilLoaded() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
    return this;
  }

  /** Tasklist does not notice tasks created by a start: reload the page. */
  public TasklistPage reload() {
    driver.navigate().refresh();
    return waitUntilLoaded();
  }

  // ---------------------------------------------------------------- starting

  /** Opens the start dialog and chooses the process by its (Chinese) name; the start form is then open. */
  public TasklistPage startProcess(String processName) {
    wait.until(ExpectedConditions.elementToBeClickable(START_PROCESS)).click();
    By process =
        By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[normalize-space(.)="
            + xpathLiteral(processName) + "]");
    wait.until(ExpectedConditions.elementToBeClickable(process)).click();
    By startForm = By.cssSelector(".modal-content .fjs-form");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(startForm));
    } catch (org.openqa.selenium.TimeoutException lost) {
      // on a loaded machine a click that lands while the dialog still renders its list is dropped: choose again
      List<WebElement> still = driver.findElements(process);
      if (!still.isEmpty() && still.get(0).isDisplayed()) {
        clickInView(still.get(0));
      }
      wait.until(ExpectedConditions.visibilityOfElementLocated(startForm));
    }
    return this;
  }

  /** Presses 发起 in the start dialog, waits for the dialog to close, reloads so the new task shows. */
  public TasklistPage submitStart() {
    wait.until(ExpectedConditions.elementToBeClickable(START_BUTTON)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(MODAL));
    return reload();
  }

  // ---------------------------------------------------------------- lists

  public TasklistPage selectFilter(String filterName) {
    By filter =
        By.xpath("//*[@cam-tasklist-filters]//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a["
            + "normalize-space(text()[1])=" + xpathLiteral(filterName) + "]]");
    wait.until(ExpectedConditions.elementToBeClickable(filter)).click();
    wait.until(d -> d.findElement(filter).getAttribute("class").contains("active"));
    waitForListToSettle();
    return this;
  }

  public List<String> filterNames() {
    return driver.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter h4.name a")).stream()
        .map(a -> (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].childNodes[0].textContent.trim()", a))
        .toList();
  }

  /** Task names in the list of the selected filter. */
  public List<String> taskNames() {
    waitForListToSettle();
    return driver.findElements(TASK_LINKS).stream().map(e -> e.getText().trim()).toList();
  }

  /** The list says either "no task" or shows tasks; before that it is still loading. */
  private void waitForListToSettle() {
    wait.until(
        d -> !d.findElements(TASKS).isEmpty()
            || !d.findElements(By.cssSelector("[cam-tasks] .no-tasks, .tasks-list .well")).isEmpty()
            || d.findElement(By.cssSelector("section.tasks-list")).getText().contains("没有符合筛选条件的任务"));
  }

  /** Opens the first task of that name in the selected filter and waits for its form. */
  public TasklistPage openTask(String taskName) {
    return openTask(taskName, null);
  }

  /**
   * Opens the task of that name whose list entry also shows {@code caseText} (a title or document
   * number from the filter's columns), so that several cases at the same step are told apart.
   */
  public TasklistPage openTask(String taskName, String caseText) {
    String item = "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + (caseText == null ? "" : "[contains(normalize-space(.)," + xpathLiteral(caseText) + ")]");
    By link = By.xpath(item + "//h4[contains(@class,'task')]/a[normalize-space(.)=" + xpathLiteral(taskName) + "]");
    // the list may be drawn again between finding the entry and clicking it (a refresh after the last
    // step): find it again and click then
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement entry = ExpectedConditions.elementToBeClickable(link).apply(d);
      if (entry == null) {
        return false;
      }
      entry.click();
      return true;
    });
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details h2.task, h2.task"), taskName));
    wait.until(ExpectedConditions.visibilityOfElementLocated(FORM_JS));
    return this;
  }

  /**
   * Claims the open task. Tasklist renders the form again once the claimed task's data arrives and
   * drops anything typed before, so this waits for the old form to go and the new one to appear.
   */
  public TasklistPage claim() {
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(ASSIGNEE));
    // 办结提交 is disabled until the claimed task's form has rendered with its data: the signal that
    // typing is safe (anything typed into the form shown before the claim would be lost)
    wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(COMPLETE).isEnabled());
    return this;
  }

  /** Waits until the open form shows the text, e.g. the case title in its display-only field. */
  public TasklistPage waitForFormText(String text) {
    wait.ignoring(StaleElementReferenceException.class).until(d -> formText().contains(text));
    return this;
  }

  /** Presses 办结提交 and waits until the task has left the detail view. */
  public TasklistPage complete() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
    clickInView(button);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(COMPLETE));
    return this;
  }

  /**
   * Tasklist's fixed footer can cover the lower part of a long form: bring the element to the
   * middle of the view before clicking it, as a clerk would scroll to it.
   */
  void clickInView(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  // ---------------------------------------------------------------- form fields (form-js)

  /** Types into the text field or text area with this label, replacing what is there. */
  public TasklistPage fillField(String label, String value) {
    WebElement input = input(label);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    wait.until(d -> value.equals(input(label).getAttribute("value")));
    return this;
  }

  public String fieldValue(String label) {
    return input(label).getAttribute("value");
  }

  /** Ticks the checkbox with this label (leaves it ticked if it is). */
  public TasklistPage checkField(String label) {
    return setCheckbox(label, true);
  }

  public TasklistPage uncheckField(String label) {
    return setCheckbox(label, false);
  }

  private TasklistPage setCheckbox(String label, boolean checked) {
    WebElement box = input(label);
    if (box.isSelected() != checked) {
      clickInView(box);
    }
    wait.until(d -> input(label).isSelected() == checked);
    return this;
  }

  /**
   * Issue 24 point 11: the policy explanation (解读) published the same day, on both publication forms, and on
   * a document's form the adjustment period for operators (722 Art 65), left from publication to effect.
   */
  public TasklistPage fillPublicationExplanation(String publishedOn, boolean document) {
    selectOption("政策解读形式", "文字解读")
        .fillField("政策解读内容或者发布位置", "《政策解读》，本机关门户网站政策解读栏目")
        .fillField("政策解读发布日期", publishedOn);
    if (document) {
      selectOption("适应调整期", "留出适应调整期（自公布至施行）").fillField("适应调整期说明", "经营者须调整作业审批材料");
    }
    return this;
  }

  /** Chooses an option of the select with this label by the option's visible text. */
  public TasklistPage selectOption(String label, String optionText) {
    WebElement field = field(label);
    WebElement display = field.findElement(By.cssSelector(".fjs-input-group, select"));
    if ("select".equals(display.getTagName())) {
      new org.openqa.selenium.support.ui.Select(display).selectByVisibleText(optionText);
      return this;
    }
    clickInView(display);
    By option = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + xpathLiteral(optionText) + "]");
    wait.until(d -> !field(label).findElements(option).isEmpty());
    clickInView(field(label).findElement(option));
    wait.until(d -> field(label).getText().contains(optionText));
    return this;
  }

  /** The form-js field container whose label reads {@code label} (a trailing required * ignored). */
  WebElement field(String label) {
    By byLabel =
        By.xpath(".//div[contains(@class,'fjs-form-field')][./label[contains(@class,'fjs-form-field-label')]"
            + "[normalize-space(text()[1])=" + xpathLiteral(label) + " or normalize-space(.)=" + xpathLiteral(label)
            + " or normalize-space(.)=" + xpathLiteral(label + "*") + "]"
            + " or ./*/label[contains(@class,'fjs-form-field-label')][normalize-space(.)=" + xpathLiteral(label) + "]]");
    return wait.until(d -> {
      List<WebElement> found = formRoot().findElements(byLabel);
      return found.isEmpty() ? null : found.get(0);
    });
  }

  /** The input a label belongs to: by its {@code for} id, else the one inside the field. */
  WebElement input(String label) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement field = field(label);
      for (WebElement l : field.findElements(By.cssSelector("label.fjs-form-field-label[for]"))) {
        List<WebElement> byId = d.findElements(By.id(l.getAttribute("for")));
        if (!byId.isEmpty() && byId.get(0).isEnabled()) {
          return byId.get(0);
        }
      }
      List<WebElement> inside = field.findElements(By.cssSelector("input, textarea"));
      return inside.isEmpty() ? null : inside.get(0);
    });
  }

  /** The start dialog while it is open, otherwise the task form. */
  private SearchContext formRootContext() {
    List<WebElement> modal = driver.findElements(MODAL);
    if (!modal.isEmpty() && modal.get(0).isDisplayed()) {
      return modal.get(0);
    }
    return driver.findElement(By.cssSelector("[cam-tasklist-form]"));
  }

  private WebElement formRoot() {
    return (WebElement) formRootContext();
  }

  // ---------------------------------------------------------------- evidence

  /** Saves a PNG of the whole window as {@code <name>.png} in the screenshot folder. */
  public Path screenshot(String name) {
    try {
      // a hover tooltip left over from the last click would cover the screen's content
      new org.openqa.selenium.interactions.Actions(driver).moveToLocation(1, 1).perform();
      Files.createDirectories(screenshots);
      Path target = screenshots.resolve(name + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scrolls every column back to its top, e.g. to show a task form's heading after filling it. */
  public TasklistPage scrollToTop() {
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelectorAll('.three-cols-layout-cell.content, .task-details, [cam-tasklist-form]')"
            + ".forEach(function (e) { e.scrollTop = 0; }); window.scrollTo(0, 0);");
    return this;
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  static String xpathLiteral(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "',\"'\",'") + "')";
  }

  // ---- normative-document journey helpers

  /** Chooses the radio option with this visible text in the radio group with this label. */
  public TasklistPage selectRadio(String label, String optionText) {
    By option =
        By.xpath(".//input[@type='radio'][normalize-space(ancestor::label[1])=" + xpathLiteral(optionText)
            + " or @id=ancestor::div[contains(@class,'fjs-form-field')][1]//label[normalize-space(.)="
            + xpathLiteral(optionText) + "]/@for]");
    WebElement radio = wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> found = field(label).findElements(option);
      return found.isEmpty() ? null : found.get(0);
    });
    if (!radio.isSelected()) {
      clickInView(radio);
    }
    wait.ignoring(StaleElementReferenceException.class).until(d -> field(label).findElement(option).isSelected());
    return this;
  }

  /**
   * Logs in, picks the filter, opens and claims the first task of that name and waits until its form
   * shows {@code caseText} (e.g. the title in the form's case heading). The list itself is not
   * searched for the case: reviewer groups may read a task's variables but not the process
   * instance's, so their list entries show no title column.
   */
  public TasklistPage claimTask(String user, String filterName, String taskName, String caseText) {
    login(user);
    selectFilter(filterName);
    openTask(taskName);
    claim();
    return waitForFormText(caseText);
  }


  // ---- major-decision journey helpers

  /** Logs the current user out and the next one in (password demo). */
  public TasklistPage switchUser(String user) {
    logout();
    return loginChecked(user);
  }

  /**
   * Logs in like {@link #login(String)}, but types each field until it holds what was typed: on a
   * busy machine the login view can render twice and the password then lands in the user name.
   */
  public TasklistPage loginChecked(String user) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
    typeChecked(USERNAME, user);
    typeChecked(PASSWORD_INPUT, PASSWORD);
    wait.until(d -> user.equals(d.findElement(USERNAME).getAttribute("value")));
    wait.until(ExpectedConditions.elementToBeClickable(LOGIN_BUTTON)).click();
    return waitUntilLoaded();
  }

  private void typeChecked(By locator, String value) {
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement input = d.findElement(locator);
      if (!input.isDisplayed()) {
        return false;
      }
      if (!value.equals(input.getAttribute("value"))) {
        input.clear();
        input.sendKeys(value);
      }
      return value.equals(d.findElement(locator).getAttribute("value"));
    });
  }

  /**
   * Selects the filter and opens the task of that name for the case, reloading Tasklist while the
   * task is not listed yet (a timer job, another user's step or a called process created it, and
   * Tasklist does not notice such tasks by itself).
   *
   * <p>The list shows the case title only to users who may read the process instance's variables
   * (drafters for the processes they start); for everyone else the entry has the task name alone,
   * so the task is then found by name and the caller checks the case in the form.
   */
  public TasklistPage openTaskInFilter(String filterName, String taskName, String caseText) {
    selectFilter(filterName);
    String entries = "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]";
    String name = "//h4[contains(@class,'task')]/a[normalize-space(.)=" + xpathLiteral(taskName) + "]";
    By forCase = By.xpath(entries + (caseText == null ? "" : "[contains(normalize-space(.)," + xpathLiteral(caseText) + ")]") + name);
    By byName = By.xpath(entries + name);
    new WebDriverWait(driver, TIMEOUT).pollingEvery(Duration.ofSeconds(2)).until(d -> {
      if (!d.findElements(byName).isEmpty()) {
        return true;
      }
      reload();
      selectFilter(filterName);
      return !d.findElements(byName).isEmpty();
    });
    boolean listed = caseText != null && !driver.findElements(forCase).isEmpty();
    // the list may re-render between finding the link and clicking it (it refreshes after a completion)
    for (int attempt = 1; ; attempt++) {
      try {
        return openTask(taskName, listed ? caseText : null);
      } catch (StaleElementReferenceException rerendered) {
        if (attempt == 3) {
          throw rerendered;
        }
      }
    }
  }

  /** A group task: opens it from 本组待办, claims it and waits until the form shows the case. */
  public TasklistPage claimGroupTask(String taskName, String caseText) {
    openTaskInFilter("本组待办", taskName, caseText);
    return claimForCase(caseText);
  }

  /**
   * Claims the open task like {@link #claim()}, without {@code claim()}'s 10 s wait for the old form
   * element to go: this Tasklist keeps the element and renders the claimed task into it, so that
   * wait always runs out. Before the claim the form's inputs are enabled too, but 办结提交 is
   * disabled; it is enabled once the claimed task's form is rendered, which is awaited here
   * together with the case text the form's heading shows.
   */
  public TasklistPage claimForCase(String caseText) {
    claim();
    return waitForFormText(caseText);
  }


  /** A task already assigned to the user (e.g. a member's opinion): opens it from 我的待办. */
  public TasklistPage openMyTask(String taskName, String caseText) {
    openTaskInFilter("我的待办", taskName, caseText);
    return waitForFormText(caseText);
  }

  /**
   * Ticks the option of the checklist with this label by the option's visible text (issue 10: lists
   * of people and items are ticked by name, never typed).
   */
  public TasklistPage tickOption(String label, String optionText) {
    By option = By.xpath(".//label[contains(@class,'fjs-form-field-label')][normalize-space(.)="
        + xpathLiteral(optionText) + "][.//input[@type='checkbox']]");
    WebElement optionLabel = wait.until(d -> {
      List<WebElement> found = field(label).findElements(option);
      return found.isEmpty() ? null : found.get(0);
    });
    if (!optionLabel.findElement(By.cssSelector("input[type='checkbox']")).isSelected()) {
      clickInView(optionLabel);
    }
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> field(label).findElement(option).findElement(By.cssSelector("input[type='checkbox']")).isSelected());
    return this;
  }

  /** The visible texts of a checklist's options. */
  public List<String> optionTexts(String label) {
    return field(label).findElements(By.xpath(".//label[contains(@class,'fjs-form-field-label')][.//input]"))
        .stream().map(e -> e.getText().strip()).toList();
  }

  /** Chooses the option of the radio group with this label by the option's visible text. */
  public TasklistPage chooseRadio(String label, String optionText) {
    By option = By.xpath(".//label[contains(@class,'fjs-form-field-label')][normalize-space(.)="
        + xpathLiteral(optionText) + "][.//input[@type='radio']]");
    WebElement optionLabel = wait.until(d -> {
      List<WebElement> found = field(label).findElements(option);
      return found.isEmpty() ? null : found.get(0);
    });
    clickInView(optionLabel);
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> field(label).findElement(option).findElement(By.cssSelector("input[type='radio']")).isSelected());
    return this;
  }

  // ---- rows of a dynamic list (issue 10: one row per comment)

  /** How many rows the open form's dynamic list shows, counted by a field every row has. */
  public int listRowCount(String rowFieldId) {
    return formRoot().findElements(By.cssSelector("input[id*='-" + rowFieldId + "_'], textarea[id*='-" + rowFieldId + "_']")).size();
  }

  /** The input of the field {@code rowFieldId} (the form's component id) in the row with 0-based index. */
  WebElement rowInput(String rowFieldId, int index) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> found = formRoot().findElements(
          By.cssSelector("input[id$='-" + rowFieldId + "_" + index + "'], textarea[id$='-" + rowFieldId + "_" + index + "']"));
      return found.isEmpty() ? null : found.get(0);
    });
  }

  /** The value a row's field shows, e.g. the comment's number. */
  public String rowValue(String rowFieldId, int index) {
    return rowInput(rowFieldId, index).getAttribute("value");
  }

  /** Chooses a radio option by its visible text in the row with 0-based index. */
  public TasklistPage chooseInRow(String rowFieldId, int index, String optionText) {
    By option = By.xpath(".//input[@type='radio'][contains(@id,'-" + rowFieldId + "_" + index + "-')]"
        + "[normalize-space(ancestor::label[1])=" + xpathLiteral(optionText) + "]");
    WebElement radio = wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> found = formRoot().findElements(option);
      return found.isEmpty() ? null : found.get(0);
    });
    clickInView(radio);
    wait.ignoring(StaleElementReferenceException.class).until(d -> formRoot().findElement(option).isSelected());
    return this;
  }

  /** Types into a row's text field or text area (0-based index), replacing what is there. */
  public TasklistPage fillInRow(String rowFieldId, int index, String value) {
    WebElement input = rowInput(rowFieldId, index);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    wait.until(d -> value.equals(rowInput(rowFieldId, index).getAttribute("value")));
    return this;
  }

  /** Whether 办结提交 can be pressed now. */
  public boolean completeEnabled() {
    return driver.findElement(COMPLETE).isEnabled();
  }

  /**
   * What the open form shows a clerk: its text, then each display-only (disabled) field as
   * {@code label：value}. User text (titles, explanations, opinions) is shown in such fields, whose
   * value is not part of the page's text.
   */
  @SuppressWarnings("unchecked")
  public String formText() {
    WebElement root = formRoot();
    List<String> shown = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return Array.from(arguments[0].querySelectorAll('.fjs-form-field.fjs-disabled')).map(function (field) {"
            + "  var label = field.querySelector('.fjs-form-field-label');"
            + "  var input = field.querySelector('input, textarea');"
            + "  return input ? (label ? label.textContent.trim() : '') + '\uff1a' + input.value : null;"
            + "}).filter(function (line) { return line !== null; });",
        root);
    return root.getText() + "\n" + String.join("\n", shown);
  }

  /** The entry of the selected filter's list that contains this text (e.g. a case title). */
  public WebElement listEntry(String caseText) {
    waitForListToSettle();
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][contains(normalize-space(.),"
            + xpathLiteral(caseText) + ")]")));
  }

  /** The open form's element (the start dialog's while it is open), e.g. to look for markup in it. */
  public WebElement form() {
    return formRoot();
  }

  /**
   * {@link #selectOption} for a select further down a long form: scrolls the field to the middle
   * of the view first, so Tasklist's fixed footer does not take the click.
   */
  public TasklistPage selectOptionInView(String label, String optionText) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", field(label));
    return selectOption(label, optionText);
  }

  /** Whether the selected filter's list shows an entry containing this text. */
  public boolean listShows(String caseText) {
    waitForListToSettle();
    return !driver.findElements(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[contains(normalize-space(.)," + xpathLiteral(caseText) + ")]")).isEmpty();
  }

  /**
   * Presses 办结提交 like {@link #complete()}, but when the server refuses the values, fails at once
   * with the refusal Tasklist shows instead of waiting for the timeout.
   */
  public TasklistPage completeOrFail() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
    clickInView(button);
    java.util.function.Function<WebDriver, Boolean> doneOrRefused = d -> d.findElements(COMPLETE).stream()
        .noneMatch(WebElement::isDisplayed)
        || d.findElements(NOTIFICATIONS).stream().anyMatch(n -> n.isDisplayed() && n.getAttribute("class").contains("danger"));
    try {
      try {
        wait.until(doneOrRefused);
      } catch (org.openqa.selenium.TimeoutException lost) {
        // a click that lands while form-js re-renders the form is dropped without a sign: press once more
        clickInView(wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)));
        wait.until(doneOrRefused);
      }
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-complete");
      throw new AssertionError("办结提交 had no effect within the wait; notifications: "
          + driver.findElements(NOTIFICATIONS).stream().map(WebElement::getText).toList() + "; page: "
          + driver.findElement(By.tagName("body")).getText(), e);
    }
    List<WebElement> errors = driver.findElements(NOTIFICATIONS).stream()
        .filter(n -> n.isDisplayed() && n.getAttribute("class").contains("danger")).toList();
    if (!errors.isEmpty() && !driver.findElements(COMPLETE).stream().noneMatch(WebElement::isDisplayed)) {
      throw new AssertionError("task not completed: " + errors.get(0).getText());
    }
    return this;
  }
}
