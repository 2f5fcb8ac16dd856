package org.normflow.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The benchmark's table, printed and written between the markers of docs/benchmarks.md. */
final class Report {

  static final String BEGIN = "<!-- benchmark table: written by org.normflow.bench.NormFlowBenchmark -->";
  static final String END = "<!-- end of benchmark table -->";

  private Report() {}

  static String table(List<NormFlowBenchmark.Row> rows, NormFlowBenchmark.Settings settings, String load, Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("Run of ").append(LocalDate.now()).append(", ").append(load).append(", ").append(took.toSeconds())
        .append(" s in all; ").append(settings.describe()).append(".\n\n");
    out.append("| database | figure | NormFlow | bare engine | NormFlow / bare | note |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (NormFlowBenchmark.Row r : rows) {
      out.append("| ").append(r.database()).append(" | ").append(r.what()).append(" | ").append(r.normflow()).append(" | ")
          .append(r.bare()).append(" | ").append(r.ratio()).append(" | ").append(r.note().replace("|", "/")).append(" |\n");
    }
    return out.toString();
  }

  static void write(Path file, String table) throws Exception {
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
        : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      text = text + "\n" + BEGIN + "\n" + END + "\n";
      begin = text.indexOf(BEGIN);
      end = text.indexOf(END);
    }
    String updated = text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end);
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }
}
