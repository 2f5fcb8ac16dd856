package org.normflow.consultation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.Grounds;
import org.normflow.validation.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page for public comments ({@code /staff/}, signed in through Tasklist): the drafting unit
 * reads every comment of its consultations with the commenter's contact (R-C-05) and publishes or
 * hides several at once with a reason; auditors read only. Forms carry a per-session token, and a
 * post from another site (Origin) is refused.
 */
@Controller
class StaffPages {

  static final String CSRF = "normflow.staff.csrf";
  static final Map<String, String> STATUS_LABELS =
      Map.of(ConsultationRepository.PENDING, "待审核", ConsultationRepository.PUBLISHED, "已公开",
          ConsultationRepository.HIDDEN, "不公开");

  private final CommentModeration moderation;
  private final ConsultationRepository consultations;
  private final Grounds grounds;
  private final SecureRandom random = new SecureRandom();

  StaffPages(CommentModeration moderation, ConsultationRepository consultations, Grounds grounds) {
    this.moderation = moderation;
    this.consultations = consultations;
    this.grounds = grounds;
  }

  record Row(ConsultationRepository.Consultation c, Map<String, Integer> counts, CommentModeration.Access access) {}

  @GetMapping({"/staff", "/staff/"})
  String index(Model model) {
    model.addAttribute("user", moderation.currentUser());
    model.addAttribute("rows", moderation.readable().stream()
        .map(c -> new Row(c, consultations.statusCounts(c.id()), moderation.access(c))).toList());
    return "staff/index";
  }

  @GetMapping("/staff/consultations/{consultationId}")
  String consultation(@PathVariable String consultationId, @RequestParam(defaultValue = "PENDING") String status,
      @RequestParam(required = false) Integer done, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    return show(consultationId, status, done == null ? null : "已处理 " + done + " 条意见。", null, model, request,
        response);
  }

  @PostMapping("/staff/consultations/{consultationId}/moderation")
  String moderate(@PathVariable String consultationId, @RequestParam(required = false) List<Long> ids,
      @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String note, @RequestParam(name = "_csrf", required = false) String csrf,
      @RequestParam(defaultValue = "PENDING") String view, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    if (!sameOrigin(request) || !tokenMatches(request.getSession(false), csrf)) {
      response.setStatus(403);
      return show(consultationId, view, null, "页面已过期，请刷新后重试", model, request, response);
    }
    try {
      int changed = moderation.moderate(consultationId, ids, status, reason, note);
      return "redirect:/staff/consultations/" + consultationId + "?status=" + viewParam(view) + "&done=" + changed;
    } catch (FormValidationException e) {
      response.setStatus(400);
      return show(consultationId, view, null, String.join("；", e.problems()), model, request, response);
    } catch (ForbiddenException e) {
      response.setStatus(403);
      return show(consultationId, view, null, e.getMessage(), model, request, response);
    }
  }

  private String show(String consultationId, String status, String done, String error, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    ConsultationRepository.Consultation c;
    try {
      c = moderation.readableConsultation(consultationId);
    } catch (NotFoundException | ForbiddenException e) {
      response.setStatus(e instanceof NotFoundException ? 404 : 403);
      model.addAttribute("message", e.getMessage());
      return "staff/refused";
    }
    String view = viewParam(status);
    List<ConsultationRepository.Comment> all = consultations.comments(c.id());
    model.addAttribute("c", c);
    model.addAttribute("view", view);
    model.addAttribute("comments", "ALL".equals(view) ? all : all.stream().filter(x -> view.equals(x.status())).toList());
    model.addAttribute("counts", consultations.statusCounts(c.id()));
    model.addAttribute("total", all.size());
    model.addAttribute("mayModerate", moderation.access(c) == CommentModeration.Access.MODERATE);
    model.addAttribute("reasons", grounds.of(Grounds.HIDDEN_COMMENT));
    model.addAttribute("statusLabels", STATUS_LABELS);
    model.addAttribute("dispositionLabels", RecordCommentDispositions.LABELS);
    model.addAttribute("grounds", grounds);
    model.addAttribute("done", done);
    model.addAttribute("error", error);
    model.addAttribute("csrf", token(request.getSession(true)));
    return "staff/consultation";
  }

  private static String viewParam(String status) {
    return List.of("PENDING", "PUBLISHED", "HIDDEN", "ALL").contains(status) ? status : "PENDING";
  }

  private String token(HttpSession session) {
    Object existing = session.getAttribute(CSRF);
    if (existing instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String fresh = HexFormat.of().formatHex(bytes);
    session.setAttribute(CSRF, fresh);
    return fresh;
  }

  private static boolean tokenMatches(HttpSession session, String given) {
    Object expected = session == null ? null : session.getAttribute(CSRF);
    return expected instanceof String s && given != null
        && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** A browser names the page a post comes from; another site's page may not post here. */
  private static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    String host = request.getHeader("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
