package org.normflow.validation;

import java.util.Map;

/**
 * The legal basis of a rule in words, for everything a clerk reads: rule ids (RULES.md) stay in
 * tests, Javadoc and code comments; messages and forms name the act and article
 * ({@code model.ModelConventionTests} fails on a rule id in a Chinese string or a form).
 */
public final class LegalBasis {

  static final String R713 = "《重大行政决策程序暂行条例》";
  static final String GB37 = "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）";
  static final String GB115 = "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）";
  static final String FCR = "《公平竞争审查条例》";
  static final String LOCAL = "本机关行政规范性文件管理规定";

  static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("R-MD-01", R713 + "第三条"),
      Map.entry("R-MD-02", R713 + "第十条、第十一条"),
      Map.entry("R-MD-05", R713 + "第十六条、第十七条"),
      Map.entry("R-MD-06", R713 + "第十九条、第二十条"),
      Map.entry("R-MD-07", R713 + "第二十二条至第二十四条"),
      Map.entry("R-MD-08", R713 + "第二十五条"),
      Map.entry("R-MD-11", R713 + "第三十条"),
      Map.entry("R-MD-14", R713 + "第三十四条、第三十五条"),
      Map.entry("R-MD-15", R713 + "第三十六条、第三十七条"),
      Map.entry("R-MD-16", R713 + "第三十七条"),
      Map.entry("R-MD-19", R713 + "第四条、第三十一条"),
      Map.entry("R-ND-01", GB37),
      Map.entry("R-ND-03", FCR + "第十二条、第十八条"),
      Map.entry("R-ND-04", GB115),
      Map.entry("R-ND-07", GB37 + "“统一登记、统一编号、统一印发”"),
      Map.entry("R-ND-09", GB37 + "及" + LOCAL),
      Map.entry("R-ND-12", LOCAL),
      Map.entry("R-ND-13", GB37),
      Map.entry("R-ND-14", GB37 + "及" + LOCAL));

  private LegalBasis() {}

  /** The act (and article) a rule id stands for, e.g. 《重大行政决策程序暂行条例》第三十条. */
  public static String of(String ruleId) {
    return WORDS.getOrDefault(ruleId, "法律法规和本机关规定");
  }

  /** "（依据……）" for the end of a message. */
  public static String cite(String ruleId) {
    return "（依据" + of(ruleId) + "）";
  }
}
