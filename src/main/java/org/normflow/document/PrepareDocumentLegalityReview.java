package org.normflow.document;

import org.normflow.identity.People;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PrepareLegalityReview, R-ND-04, R-ND-01, R-MD-09: before every legality review the reviewer
 * gets what is reviewed: the current draft text ({@code caseDraftText}) and the 程序履行情况说明
 * ({@code caseProcedureAccount}), written here from the document's own record: the legal office's finding
 * (normative, fair competition review, track, with reasons), the drafts, each fair competition review,
 * each public consultation (dates, period, comment count), earlier legality reviews, missing procedures
 * made up, and deliberations. Nothing in it is taken from a form of this step. It also says, from the record,
 * whether the operators and trade associations are still to be heard (Task_HearOperators, R-ND-02).
 */
@Component("prepareDocumentLegalityReview")
class PrepareDocumentLegalityReview implements JavaDelegate {

  private final DocumentRepository documents;
  private final People people;

  PrepareDocumentLegalityReview(DocumentRepository documents, People people) {
    this.documents = documents;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    DocumentRecord doc = documents.get(id);
    List<DocumentVersion> versions = doc.versions();
    DocumentVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    execution.setVariable(CASE_DRAFT_TEXT, current == null ? null : fit(current.draftText()));
    execution.setVariable(CASE_PROCEDURE_ACCOUNT, fit(account(doc)));
    // R-ND-02 (722 Art 62(1), 783 Art 16): a document the legal office found to concern operators hears
    // them and their trade associations before the review (read from the record, not from a form)
    execution.setVariable(OPERATORS_HEARING_NEEDED,
        doc.concernsMarket() && documents.operatorsHearings(id).isEmpty());
  }

  String account(DocumentRecord doc) {
    StringBuilder t = new StringBuilder("程序履行情况说明（系统根据登记簿生成）\n");
    DocumentRecord.Identification f = doc.identification();
    t.append("一、法制机构的规范性文件认定和适用程序确认：");
    if (f == null || f.finding() == null) {
      t.append("尚未认定\n");
    } else {
      t.append(f.findingLabel()).append("（").append(people.name(f.identifiedBy())).append("，")
          .append(f.identifiedAt() == null ? "" : f.identifiedAt().toLocalDate()).append("）。理由：").append(f.reason()).append('\n');
      if (f.fcrApplies() != null) {
        t.append("　公平竞争审查：").append(f.fcrFindingLabel()).append("。理由：").append(f.fcrReason()).append('\n');
      }
      if (f.majorDecisionApplies() != null) {
        t.append("　办理程序：").append(f.trackFindingLabel()).append("。理由：").append(f.trackReason()).append('\n');
      }
    }
    t.append("二、起草：制定机关").append(doc.issuingUnit()).append("；共 ").append(doc.versions().size()).append(" 稿");
    if (!doc.versions().isEmpty()) {
      DocumentVersion last = doc.versions().get(doc.versions().size() - 1);
      t.append("，送审稿为第 ").append(last.versionNo()).append(" 稿（").append(people.name(last.createdBy())).append("，")
          .append(last.createdAt() == null ? "" : last.createdAt().toLocalDate()).append("），起草说明随草案送审");
    }
    t.append('\n');
    t.append("三、公平竞争审查：");
    List<Map<String, Object>> fcrs = documents.fairCompetitionReviews(doc.id());
    if (fcrs.isEmpty()) {
      t.append(Boolean.TRUE.equals(f == null ? null : f.fcrApplies()) ? "尚未进行\n" : "经认定不适用，未进行\n");
    } else {
      t.append('\n');
      for (Map<String, Object> r : fcrs) {
        t.append("　").append(day(r.get("reviewed_at"))).append(" 结论：").append(fcrLabel((String) r.get("conclusion")))
            .append("（审查人 ").append(r.get("reviewed_by")).append("）\n");
      }
    }
    t.append("四、公开征求意见：");
    List<Map<String, Object>> consultations = documents.consultations(doc.id());
    if (consultations.isEmpty()) {
      t.append("尚未进行\n");
    } else {
      t.append('\n');
      for (Map<String, Object> c : consultations) {
        t.append("　").append(day(c.get("opened_on"))).append(" 起征求意见，期限 ").append(c.get("period_days"))
            .append("WORKING_DAYS".equals(c.get("day_kind")) ? " 个工作日" : " 日")
            .append("（最短 ").append(c.get("min_days")).append("），截止 ").append(day(c.get("closes_on")));
        if (c.get("closed_on") != null) {
          t.append("，").append(day(c.get("closed_on"))).append(" 结束，收到意见 ").append(c.get("comment_count")).append(" 条");
        } else {
          t.append("，尚未结束");
        }
        if (c.get("shortened_reason") != null) {
          t.append("；缩短期限的理由：").append(c.get("shortened_reason"));
        }
        t.append('\n');
      }
    }
    List<Map<String, Object>> heard = documents.operatorsHearings(doc.id());
    if (!heard.isEmpty()) {
      t.append("　听取经营者和行业协会商会意见：\n");
      for (Map<String, Object> h : heard) {
        t.append("　").append(day(h.get("heard_on"))).append(' ')
            .append(RecordOperatorsHeard.METHODS.getOrDefault((String) h.get("method"), "")).append("，经营者：")
            .append(h.get("enterprises"));
        if (h.get("associations") != null) {
          t.append("；行业协会商会：").append(h.get("associations"));
        }
        t.append('\n');
      }
    }
    List<Map<String, Object>> reviews = documents.legalityReviews(doc.id());
    List<Map<String, Object>> makeUps = documents.makeUps(doc.id());
    if (!reviews.isEmpty() || !makeUps.isEmpty()) {
      t.append("五、此前的合法性审查：\n");
      for (Map<String, Object> r : reviews) {
        t.append("　").append(day(r.get("reviewed_on"))).append(" 结论：").append(legalityLabel((String) r.get("outcome"))).append('\n');
      }
      for (Map<String, Object> m : makeUps) {
        t.append("　").append(day(m.get("recorded_at"))).append(" 认定缺少：").append(procedures((String) m.get("missing_procedures")))
            .append("，已退回补正并重新履行上述程序\n");
      }
    }
    List<Map<String, Object>> meetings = documents.deliberations(doc.id());
    if (!meetings.isEmpty()) {
      t.append("六、集体审议：\n");
      for (Map<String, Object> m : meetings) {
        t.append("　").append(day(m.get("meeting_date"))).append(' ').append(m.get("meeting_kind")).append("，结论：")
            .append(deliberationLabel((String) m.get("outcome"))).append('\n');
      }
    }
    return t.toString();
  }

  static String fcrLabel(String code) {
    return switch (code == null ? "" : code) {
      case "PASSES" -> "符合公平竞争审查标准";
      case "EXCEPTION" -> "适用例外规定";
      case "FAILS" -> "未通过";
      default -> "—";
    };
  }

  static String legalityLabel(String code) {
    return switch (code == null ? "" : code) {
      case "LAWFUL" -> "合法";
      case "LAWFUL_AFTER_AMENDMENT" -> "修改后合法";
      case "MISSING_PROCEDURE" -> "缺少程序";
      case "UNLAWFUL" -> "不合法";
      case "NO_CLEAR_PROVISION" -> "国家尚无明确规定";
      default -> "—";
    };
  }

  static String deliberationLabel(String code) {
    return switch (code == null ? "" : code) {
      case "APPROVED" -> "通过";
      case "APPROVED_WITH_AMENDMENTS" -> "修改后通过";
      case "REJECTED" -> "不通过";
      default -> "—";
    };
  }

  static String procedures(String codes) {
    return String.join("、", List.of(codes.split(",")).stream().map(c -> PlanDocumentMakeUp.PROCEDURES.getOrDefault(c, c)).toList());
  }

  static String day(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toLocalDateTime().toLocalDate().toString();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof java.time.LocalDateTime dt) {
      return dt.toLocalDate().toString();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    String s = value.toString();
    return s.length() >= 10 ? s.substring(0, 10) : s;
  }

  static String fit(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= DocumentSteps.MAX_TEXT ? text : text.substring(0, DocumentSteps.MAX_TEXT - 20) + "……（全文见登记簿）";
  }
}
