package org.normflow.decision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes of the decision organ's acts after the decision and of what prompts them (R-MD-14,
 * R-MD-15, R-MD-16; 713 Art 35-37), with the words clerks and the record show. Forms offer the same
 * codes with the same Chinese labels.
 */
final class DecisionMeasures {

  private DecisionMeasures() {}

  // what prompts the organ to decide on a post-evaluation (713 Art 35, 36)
  static final String GROUND_LEGAL_OFFICE_ADVICE = "LEGAL_OFFICE_ADVICE";
  static final String GROUND_PUBLIC_OBJECTIONS = "PUBLIC_OBJECTIONS";
  static final String GROUND_EXECUTING_UNIT_REPORT = "EXECUTING_UNIT_REPORT";
  static final String GROUND_AIM_NOT_MET = "AIM_NOT_MET";
  static final String GROUND_URGENT_SUSPENSION = "URGENT_SUSPENSION";

  /**
   * The kind of configured grounds ({@code normflow.grounds.post-evaluation}, validation.Grounds) the legal
   * office chooses from when it proposes a post-evaluation (Task_SuperviseExecution).
   */
  static final String GROUNDS_KIND = "post-evaluation";
  static final String URGENT_SUSPENSION_LABEL = "行政首长决定紧急中止执行";

  // the head's decision on a post-evaluation (Task_DecideEvaluation)
  static final String EVALUATE = "EVALUATE";
  static final String NO_EVALUATION = "NO_EVALUATION";
  static final String EVALUATOR_LEGAL_OFFICE = "LEGAL_OFFICE";
  static final String EVALUATOR_COMMISSIONED = "COMMISSIONED";
  static final String LEGAL_OFFICE_NAME = "法制机构（政策法规处）";

  // the outcomes the organ decides (Task_DecideOutcome) and the evaluation advises (Task_PostEvaluation)
  static final String CONTINUE = "CONTINUE";
  static final String GENERAL_ADJUSTMENT = "GENERAL_ADJUSTMENT";
  static final String MAJOR_ADJUSTMENT = "MAJOR_ADJUSTMENT";
  static final String SUSPEND = "SUSPEND";
  static final String STOP = "STOP";
  /**
   * Issue 24 point 7 (713 Art 37): the head decides to adjust; whether the adjustment is 一般 or 重大 is first
   * reviewed by the legal office (Task_ReviewAdjustmentClass), then decided by the head.
   */
  static final String ADJUST = "ADJUST";

  static final Map<String, String> OUTCOMES = ordered(
      CONTINUE, "继续执行",
      ADJUST, "调整（先由法制机构审查调整类别）",
      GENERAL_ADJUSTMENT, "一般调整后继续执行",
      MAJOR_ADJUSTMENT, "重大调整，重新履行决策程序",
      SUSPEND, "中止执行",
      STOP, "停止执行");

  static final Map<String, String> ADVICE = ordered(
      CONTINUE, "建议继续执行",
      GENERAL_ADJUSTMENT, "建议作一般调整",
      MAJOR_ADJUSTMENT, "建议重大调整，重新履行决策程序",
      SUSPEND, "建议中止执行",
      STOP, "建议停止执行");

  // the acts kept in nf_decision_measure
  static final String MEASURE_EVALUATION_ORDERED = "EVALUATION_ORDERED";
  static final String MEASURE_EVALUATION_DECLINED = "EVALUATION_DECLINED";
  static final String MEASURE_CONTINUE = "CONTINUE";
  static final String MEASURE_RESUME = "RESUME";
  static final String MEASURE_GENERAL_ADJUSTMENT = "GENERAL_ADJUSTMENT";
  static final String MEASURE_MAJOR_ADJUSTMENT = "MAJOR_ADJUSTMENT";
  static final String MEASURE_SUSPENSION = "SUSPENSION";
  static final String MEASURE_URGENT_SUSPENSION = "URGENT_SUSPENSION";
  static final String MEASURE_STOP = "STOP";

  static final Map<String, String> MEASURES = ordered(
      MEASURE_EVALUATION_ORDERED, "决定开展决策后评估",
      MEASURE_EVALUATION_DECLINED, "决定不开展决策后评估",
      MEASURE_CONTINUE, "决定继续执行",
      MEASURE_RESUME, "决定恢复执行",
      MEASURE_GENERAL_ADJUSTMENT, "决定一般调整后继续执行",
      MEASURE_MAJOR_ADJUSTMENT, "决定重大调整，重新履行决策程序",
      MEASURE_SUSPENSION, "决定中止执行",
      MEASURE_URGENT_SUSPENSION, "紧急情况下先行决定中止执行",
      MEASURE_STOP, "决定停止执行");

  /** The legal office's view of an adjustment's class (Task_ReviewAdjustmentClass). */
  static final Map<String, String> ADJUSTMENT_CLASSES = ordered(
      GENERAL_ADJUSTMENT, "一般调整",
      MAJOR_ADJUSTMENT, "重大调整（须重新履行决策程序）");

  // what the organ's office publishes (Task_PublishMeasure), set by the system
  static final String PUBLISH_URGENT_SUSPENSION = "URGENT_SUSPENSION";
  static final String PUBLISH_SUSPENSION = "SUSPEND";
  static final String PUBLISH_STOP = "STOP";

  static String label(String measure) {
    return MEASURES.getOrDefault(measure, measure);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
