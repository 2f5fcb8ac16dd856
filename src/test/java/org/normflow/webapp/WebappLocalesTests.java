package org.normflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese webapp labels against the English ones the Camunda webjar on the classpath ships.
 *
 * <p>A Camunda upgrade that adds a label to Tasklist, the welcome page, Cockpit or Admin fails here
 * instead of showing clerks, auditors or administrators an English word: every app's zh.json must
 * have exactly the keys of the webjar's en.json, and no label may be a copy of the English one.
 */
class WebappLocalesTests {

  static final String APP = "META-INF/resources/webjars/camunda/app/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

  /**
   * Labels that read the same in Chinese and may stay as the English text: the abbreviation "ID"
   * (a column header, also "ID*" on required fields, written the same way inside Chinese labels
   * such as "流程实例 ID"), the file formats CSV and JSON offered by Cockpit's report download, and
   * the date pattern shown as placeholder of the removal-time field.
   */
  static final Set<String> SAME_AS_ENGLISH =
      Set.of("ID", "ID*", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss");

  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void everyLabelOfTheWebjarIsTranslated(String app) throws IOException {
    Map<String, JsonNode> en = flatten(read(APP + app + "/locales/en.json"));
    Map<String, JsonNode> zh = flatten(read(APP + app + "/locales/zh.json"));

    assertThat(new TreeSet<>(zh.keySet()))
        .as("%s zh.json must have exactly the keys of the webjar's en.json", app)
        .isEqualTo(new TreeSet<>(en.keySet()));

    List<String> untranslated = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      JsonNode english = entry.getValue();
      JsonNode chinese = zh.get(entry.getKey());
      // date formats (HH:mm) are patterns, not words
      if (entry.getKey().startsWith("labels.")
          && english.isTextual()
          && LATIN_WORD.matcher(english.asText()).find()
          && english.asText().equals(chinese.asText())
          && !SAME_AS_ENGLISH.contains(english.asText())) {
        untranslated.add(entry.getKey() + " = " + english.asText());
      }
    }
    assertThat(untranslated).as("%s labels copied from English instead of translated", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void translatedLabelsExistInTheWebjarAndKeepTheirPlaceholders(String app) throws IOException {
    Map<String, JsonNode> en = flatten(read(APP + app + "/locales/en.json"));
    Map<String, JsonNode> zh = flatten(read(APP + app + "/locales/zh.json"));

    assertThat(en.keySet()).as("%s: zh.json labels unknown to the webjar", app).containsAll(zh.keySet());
    assertThat(zh.keySet()).as("%s: the Chinese date locale must be complete", app)
        .containsAll(en.keySet().stream().filter(k -> k.startsWith("dateLocales.")).toList());
    assertThat(zh.keySet().stream().filter(k -> k.startsWith("labels.")).count())
        .as("%s: at least the common labels are translated", app)
        .isGreaterThan(100);

    for (Map.Entry<String, JsonNode> entry : zh.entrySet()) {
      JsonNode english = en.get(entry.getKey());
      if (english.isTextual()) {
        assertThat(placeholders(entry.getValue().asText()))
            .as("%s %s keeps the placeholders of the English label", app, entry.getKey())
            .isEqualTo(placeholders(english.asText()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void chineseIsOfferedWithEnglishFallbackAndTheBannerIsHidden(String app) throws IOException {
    String config = text(APP + app + "/scripts/config.js");
    assertThat(config)
        .contains("availableLocales: ['zh', 'en']")
        .contains("fallbackLocale: 'en'")
        .contains("vendor: 'NormFlow'");
    assertThat(text(APP + app + "/styles/user-styles.css")).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
  }

  private JsonNode read(String resource) throws IOException {
    return json.readTree(text(resource));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = WebappLocalesTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // the webjar's en.json files start with a byte-order mark
      return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }
  }

  /** Leaves by dotted path; arrays (month names) count as one leaf whose length must match too. */
  static Map<String, JsonNode> flatten(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static Set<String> placeholders(String label) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(label);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
