package org.normflow.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.consultation.CommentRateLimit;
import org.normflow.consultation.CommentRefused;
import org.normflow.consultation.ConsultationRepository;
import org.normflow.consultation.PublicComments;
import org.normflow.consultation.PublicParticipationSettings;
import org.normflow.document.Stage;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page (社会公众, no login): open and recently closed consultations, each with the draft,
 * its drafting explanation, the notice and the period; the comment form (plain HTML, no script); the
 * published comments and, once published, the adoption report; the published decision catalogues
 * and decisions; the normative documents in force. Server-rendered by Thymeleaf, which escapes every
 * value: what people typed is shown as text. Never a commenter's name or contact (R-C-05).
 */
@Controller
class PublicPages {

  static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final ConsultationRepository consultations;
  private final PublicComments comments;
  private final CommentRateLimit rateLimit;
  private final PublicParticipationSettings settings;
  private final WorkingDayCalendar calendar;
  private final PublicRegistry registry;
  private final Grounds grounds;

  PublicPages(ConsultationRepository consultations, PublicComments comments, CommentRateLimit rateLimit,
      PublicParticipationSettings settings, WorkingDayCalendar calendar, PublicRegistry registry, Grounds grounds) {
    this.consultations = consultations;
    this.comments = comments;
    this.rateLimit = rateLimit;
    this.settings = settings;
    this.calendar = calendar;
    this.registry = registry;
    this.grounds = grounds;
  }

  /** One consultation as the page shows it. */
  record Entry(ConsultationRepository.Consultation c, boolean open, String period, String status) {}

  private Entry entry(ConsultationRepository.Consultation c) {
    LocalDate today = calendar.today();
    boolean open = c.openOn(today);
    String period = CHINESE_DATE.format(c.openedOn()) + "至" + CHINESE_DATE.format(c.closesOn());
    String status;
    if (open) {
      long left = ChronoUnit.DAYS.between(today, c.closesOn()) + 1;
      status = "正在征求意见，还剩 " + left + " 天";
    } else if (c.reportPublishedOn() != null) {
      status = "已截止，意见采纳情况已公布";
    } else {
      status = "已截止，意见正在研究处理";
    }
    return new Entry(c, open, period, status);
  }

  @GetMapping({"/public", "/public/"})
  String index(Model model) {
    LocalDate today = calendar.today();
    List<Entry> entries = consultations.openOrClosedSince(today, today.minusDays(settings.getRecentlyClosedDays()))
        .stream().map(this::entry).toList();
    model.addAttribute("open", entries.stream().filter(Entry::open).toList());
    model.addAttribute("closed", entries.stream().filter(e -> !e.open()).toList());
    return "public/index";
  }

  @GetMapping("/public/consultations/{caseId}")
  String consultation(@PathVariable String caseId, Model model, HttpServletResponse response) {
    return show(caseId, model, response, null, null, null);
  }

  @PostMapping("/public/consultations/{caseId}/comments")
  String comment(@PathVariable String caseId, @RequestParam Map<String, String> form, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    PublicComments.Submission submission = new PublicComments.Submission(form.get("name"), form.get("phone"),
        form.get("email"), form.get("text"), form.get("clause"), form.get("token"));
    try {
      PublicComments.Receipt receipt = comments.submit(caseId, submission, rateLimit.addressOf(request));
      ConsultationRepository.Consultation c = consultations.latest(caseId).orElseThrow();
      model.addAttribute("entry", entry(c));
      model.addAttribute("duplicate", receipt.duplicate());
      model.addAttribute("reference", receipt.reference());
      response.setStatus(receipt.duplicate() ? 200 : 201);
      return "public/thanks";
    } catch (CommentRefused refused) {
      response.setStatus(refused.status());
      if (refused.retryAfterSeconds() != null) {
        response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
      }
      boolean freshToken = refused.getMessage().contains("页面已过期") || refused.getMessage().contains("缺少提交凭证");
      return show(caseId, model, response, refused.getMessage(), submission, freshToken ? null : submission.token());
    }
  }

  private String show(String caseId, Model model, HttpServletResponse response, String error,
      PublicComments.Submission values, String token) {
    ConsultationRepository.Consultation c = caseId.length() > 64 ? null
        : consultations.latest(caseId).filter(x -> x.publishedNotice() != null).orElse(null);
    if (c == null) {
      response.setStatus(404);
      model.addAttribute("message", "没有找到该征求意见事项。");
      return "public/missing";
    }
    Entry entry = entry(c);
    List<ConsultationRepository.Comment> all = consultations.comments(c.id());
    model.addAttribute("entry", entry);
    model.addAttribute("published",
        all.stream().filter(x -> ConsultationRepository.PUBLISHED.equals(x.status())).toList());
    model.addAttribute("report", c.reportPublishedOn() == null ? null : report(all));
    model.addAttribute("error", error);
    model.addAttribute("values", values == null ? new PublicComments.Submission(null, null, null, null, null, null) : values);
    model.addAttribute("settings", settings);
    if (entry.open()) {
      model.addAttribute("token", token != null ? token : comments.tokenFor(caseId));
    }
    return "public/consultation";
  }

  /** One line of the published report: never the commenter, a hidden comment without its text. */
  record ReportLine(int number, String clause, String content, String disposition, String reason) {}

  private Map<String, List<ReportLine>> report(List<ConsultationRepository.Comment> all) {
    Map<String, List<ReportLine>> byClause = new LinkedHashMap<>();
    for (ConsultationRepository.Comment x : all) {
      boolean hidden = ConsultationRepository.HIDDEN.equals(x.status());
      String content = hidden
          ? "（内容不公开：" + grounds.label(Grounds.HIDDEN_COMMENT, x.moderationReason()) + "）"
          : x.content();
      String disposition = x.disposition() == null ? "尚未处理"
          : Map.of("ADOPTED", "采纳", "PARTLY", "部分采纳", "NOT_ADOPTED", "不采纳").getOrDefault(x.disposition(), x.disposition());
      byClause.computeIfAbsent(x.clauseOrGeneral(), k -> new ArrayList<>())
          .add(new ReportLine(x.number(), x.clauseOrGeneral(), content, disposition, x.dispositionReason()));
    }
    return byClause;
  }

  @GetMapping("/public/documents")
  String documents(Model model) {
    model.addAttribute("inForce", registry.documents(List.of(Stage.IN_FORCE)));
    model.addAttribute("coming", registry.documents(List.of(Stage.PUBLISHED, Stage.FILED)));
    model.addAttribute("ended", registry.documents(List.of(Stage.EXPIRED, Stage.ABOLISHED)));
    model.addAttribute("cleanups", registry.publishedCleanups());
    model.addAttribute("stopped", registry.stoppedClauses());
    return "public/documents";
  }

  @GetMapping("/public/decisions")
  String decisions(Model model) {
    model.addAttribute("catalogue", registry.publishedCatalogues());
    model.addAttribute("decisions", registry.publishedDecisions());
    return "public/decisions";
  }
}
