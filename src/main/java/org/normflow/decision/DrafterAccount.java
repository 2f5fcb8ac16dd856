package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.normflow.validation.FormCheck;

/**
 * The drafter's account of the facts that make a procedure apply (R-MD-18): a claimed fact and its
 * explanation, checked on the server. The account is only what the legal office reads; no gateway and
 * no rule table reads it ({@link RecordDecisionApplicabilityFinding} sets what they read).
 */
final class DrafterAccount {

  /** Account field, its explanation field and the fact's Chinese name, in the order the forms show them. */
  static final Map<String, String[]> FACTS = new LinkedHashMap<>();

  static {
    FACTS.put(AFFECTS_VITAL_INTERESTS, new String[] {AFFECTS_VITAL_INTERESTS_EXPLANATION, "直接涉及社会公众切身利益"});
    FACTS.put(LOCAL_RULE_REQUIRES_HEARING, new String[] {LOCAL_RULE_EXPLANATION, "地方性法规、规章规定应当听证"});
    FACTS.put(TECHNICAL, new String[] {TECHNICAL_EXPLANATION, "专业性、技术性较强"});
    FACTS.put(STABILITY_RISK, new String[] {STABILITY_RISK_EXPLANATION, "可能对社会稳定、公共安全等方面造成不利影响"});
    FACTS.put(CONCERNS_MARKET, new String[] {CONCERNS_MARKET_EXPLANATION, "涉及市场主体经济活动"});
  }

  private DrafterAccount() {}

  /** Checks the account: every fact claimed needs its explanation (<= 2000). market: the form asks it. */
  static void check(FormCheck check, boolean market) {
    for (Map.Entry<String, String[]> fact : FACTS.entrySet()) {
      if (!market && fact.getKey().equals(CONCERNS_MARKET)) {
        continue;
      }
      boolean claimed = check.checked(fact.getKey(), fact.getValue()[1]);
      String explanation = check.optionalText(fact.getValue()[0]);
      check.require(!claimed || explanation != null, "勾选“" + fact.getValue()[1] + "”的，须说明具体事实");
      check.require(explanation == null || explanation.length() <= 2000,
          "“" + fact.getValue()[1] + "”的说明不能超过 2000 个字");
    }
  }
}
