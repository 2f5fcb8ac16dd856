package org.normflow.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import org.normflow.document.NumberingService;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Numbers people use (issue 10): the short human reference every case gets at registration, kept in
 * the registry next to the internal id and shown in task lists, form headers, the API and the audit
 * trail. Patterns come from {@code normflow.references.*}: a normative document's 登记号 (before its
 * 文号, R-ND-07) per issuing organ, e.g. {@code 应急登〔{year}〕{n}号}; a major decision's number from its
 * catalogue year and item, e.g. {@code {year}年第{item}项}; an item added in the year as an adjustment
 * (R-MD-01) {@code {year}年调整第{item}项}. {@code {n}} counts per pattern and year in one unbroken
 * sequence (the numbering service's counters, apart from the 文号 counters); {@code {n4}} is {@code {n}}
 * with four digits.
 */
@Service
@ConfigurationProperties(prefix = "normflow.references")
public class CaseReferences {

  private final NumberingService numbering;

  /** The 登记号 pattern of a document whose issuing organ has no pattern of its own. */
  private String documentPattern = "ND-{year}-{n4}";

  /** Issuing organ (制定机关, as registered): its 登记号 pattern. */
  private Map<String, String> documentPatterns = new LinkedHashMap<>();

  /** A decision on an item of the published catalogue. */
  private String decisionPattern = "{year}年第{item}项";

  /** A decision on an item added during the year (目录调整). */
  private String adjustmentPattern = "{year}年调整第{item}项";

  CaseReferences(NumberingService numbering) {
    this.numbering = numbering;
  }

  /** The next 登记号 for a document of this issuing organ, registered in this year. */
  public String nextDocumentReference(String issuingUnit, int year) {
    String pattern = documentPatterns.getOrDefault(issuingUnit, documentPattern);
    return fill(pattern, year, null);
  }

  /** A decision's number: from its catalogue item (year and place), counted only if the pattern has {n}. */
  public String decisionReference(int year, int itemNo, boolean adjustment) {
    return fill(adjustment ? adjustmentPattern : decisionPattern, year, itemNo);
  }

  private String fill(String pattern, int year, Integer item) {
    String text = pattern.replace("{year}", Integer.toString(year));
    if (item != null) {
      text = text.replace("{item}", Integer.toString(item));
    }
    if (text.contains("{n}") || text.contains("{n4}")) {
      // the counter's key is the pattern itself, so a changed pattern starts its own sequence
      int n = numbering.next("REF:" + pattern, year).sequence();
      text = text.replace("{n4}", String.format("%04d", n)).replace("{n}", Integer.toString(n));
    }
    return text;
  }

  public String getDocumentPattern() {
    return documentPattern;
  }

  public void setDocumentPattern(String documentPattern) {
    this.documentPattern = documentPattern;
  }

  public Map<String, String> getDocumentPatterns() {
    return documentPatterns;
  }

  public void setDocumentPatterns(Map<String, String> documentPatterns) {
    this.documentPatterns = documentPatterns;
  }

  public String getDecisionPattern() {
    return decisionPattern;
  }

  public void setDecisionPattern(String decisionPattern) {
    this.decisionPattern = decisionPattern;
  }

  public String getAdjustmentPattern() {
    return adjustmentPattern;
  }

  public void setAdjustmentPattern(String adjustmentPattern) {
    this.adjustmentPattern = adjustmentPattern;
  }
}
