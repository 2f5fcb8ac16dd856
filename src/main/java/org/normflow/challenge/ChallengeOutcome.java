package org.normflow.challenge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes of an incidental review (R-ND-15, 行政复议法 2023 Art 58-59) and how the organ corrects a
 * document found unlawful, each once with the Chinese words the forms use.
 */
public final class ChallengeOutcome {

  public static final String LAWFUL = "LAWFUL";
  public static final String CLAUSES_STOPPED = "CLAUSES_STOPPED";
  public static final String UNLAWFUL = "UNLAWFUL";

  public static final String ABOLISH = "ABOLISH";
  public static final String AMEND = "AMEND";
  public static final String NONE = "NONE";

  static final Map<String, String> OUTCOMES = new LinkedHashMap<>();
  static final Map<String, String> FOLLOW_UPS = new LinkedHashMap<>();

  static {
    OUTCOMES.put(LAWFUL, "合法");
    OUTCOMES.put(CLAUSES_STOPPED, "部分条款停止执行");
    OUTCOMES.put(UNLAWFUL, "不合法");
    FOLLOW_UPS.put(ABOLISH, "提出废止（主要负责人审批）");
    FOLLOW_UPS.put(AMEND, "启动修订");
  }

  private ChallengeOutcome() {}

  static List<String> outcomes() {
    return List.copyOf(OUTCOMES.keySet());
  }

  static List<String> followUps() {
    return List.copyOf(FOLLOW_UPS.keySet());
  }

  public static String label(String outcome) {
    return OUTCOMES.getOrDefault(outcome, outcome);
  }
}
