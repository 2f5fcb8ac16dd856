package org.normflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NormFlow's own scripts in the webapps, read as files. */
class CustomScriptsTests {

  static final Path APPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

  /** Ways a script turns a string into markup (or lets Camunda do so): none may appear. */
  static final Pattern MARKUP_SINK = Pattern.compile(
      "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|trustAsHtml|ng-bind-html|\\bunsafe\\s*:|DOMParser|createContextualFragment");

  @Test
  @DisplayName("R-C-06 user text is text: the webapps' custom scripts never build markup from a string")
  void scriptsBuildNoMarkupFromStrings() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> scripts;
    try (Stream<Path> files = Files.walk(APPS)) {
      scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    assertThat(scripts).extracting(p -> p.getFileName().toString()).contains("form-messages-zh.js", "config.js");
    for (Path script : scripts) {
      List<String> lines = Files.readAllLines(script);
      for (int i = 0; i < lines.size(); i++) {
        if (MARKUP_SINK.matcher(lines.get(i)).find()) {
          found.add(APPS.relativize(script) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(found).as("markup built from strings (change text nodes' data or textContent instead)").isEmpty();
  }
}
