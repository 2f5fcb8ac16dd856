package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: every figure's definition is written down in docs/auditing.md exactly as the code counts
 * it. On a change the test writes the table the docs must hold to target/figure-definitions.md.
 */
class FigureDefinitionsDocumentedTests {

  static String table() {
    StringBuilder out = new StringBuilder();
    for (FigureDefinitions.Group g : FigureDefinitions.all()) {
      out.append("\n### ").append(g.title()).append("\n\n| key | 指标 | 定义（计入哪一年、不含什么） | rules |\n|---|---|---|---|\n");
      for (Object f : g.figures()) {
        if (f instanceof FigureDefinitions.Count c) {
          out.append("| `").append(c.key()).append("` | ").append(c.label().strip()).append(" | ").append(c.definition())
              .append(" | ").append(c.rules()).append(" |\n");
        } else if (f instanceof FigureDefinitions.Rate r) {
          out.append("| `").append(r.key()).append("` | ").append(r.label()).append(" | ").append(r.definition())
              .append(" `").append(r.part()).append("` ÷ `").append(r.whole()).append("` × 100%，一位小数；分母为 0 时不计算 | ")
              .append(r.rules()).append(" |\n");
        }
      }
    }
    return out.toString();
  }

  @Test
  @DisplayName("R-C-02 every annual figure's definition is in docs/auditing.md as the code counts it")
  void documented() throws Exception {
    String table = table();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/figure-definitions.md"), table);
    assertThat(Files.readString(Path.of("docs/auditing.md"))).as("docs/auditing.md (expected table in target/figure-definitions.md)")
        .contains(table);
  }
}
