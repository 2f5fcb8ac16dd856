package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CompileCleanupList (periodic-cleanup), R-ND-11: every review is in; the round waits for
 * the legal office's confirmation. Sets the counts per finding and a summary of the list (the first
 * documents; the whole list is in the cleanup register) for the confirmation form.
 */
@Component("compileCleanupList")
class CompileCleanupList implements JavaDelegate {

  static final Map<String, String> LABELS =
      Map.of("KEEP", "继续有效", "AMEND", "修订（修订后的文件施行前继续有效）", "ABOLISH", "废止", "DECLARE_INVALID", "宣布失效");
  static final int SUMMARY_ITEMS = 40;

  private final CleanupRepository registry;

  CompileCleanupList(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CLEANUP_ID)).longValue();
    registry.setStatus(id, "CONFIRMING");
    Map<String, Integer> counts = registry.outcomeCounts(id);
    execution.setVariable(KEEP_COUNT, counts.getOrDefault("KEEP", 0));
    execution.setVariable(AMEND_COUNT, counts.getOrDefault("AMEND", 0));
    execution.setVariable(ABOLISH_COUNT, counts.getOrDefault("ABOLISH", 0));
    execution.setVariable(INVALID_COUNT, counts.getOrDefault("DECLARE_INVALID", 0));
    StringBuilder summary = new StringBuilder();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    for (Map<String, Object> item : registry.firstItems(id, SUMMARY_ITEMS)) {
      String line = item.get("doc_number") + "　" + item.get("title") + "：" + LABELS.get((String) item.get("outcome")) + "\n";
      if (summary.length() + line.length() > 3800) {
        break;
      }
      summary.append(line);
    }
    int shown = (int) summary.chars().filter(c -> c == '\n').count();
    if (shown < total) {
      summary.append("……其余 ").append(total - shown).append(" 件见清理结果登记");
    }
    execution.setVariable(CLEANUP_SUMMARY, summary.toString());
  }
}
