package org.normflow.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.validation.PlainText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Receiving a public comment (issue 14): the per-address rate limit, the consultation's own record
 * (open or not), the comment token, field checks matching storage, then ONE insert into the registry.
 * The running process is never touched (no message, no variable): receiving comments never contends
 * with the engine, and personal data never enters the engine or its history (R-C-05). The process
 * reads the stored comments when the period closes (CloseConsultation).
 */
@Service
public class PublicComments {

  private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]+");
  /** An address as people write one (letters of any script, digits, . _ % + -), no markup or quotes. */
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}");

  private final ConsultationRepository consultations;
  private final PublicParticipationSettings settings;
  private final CommentTokens tokens;
  private final CommentRateLimit rateLimit;
  private final WorkingDayCalendar calendar;
  private final WallClock clock;

  PublicComments(ConsultationRepository consultations, PublicParticipationSettings settings, CommentTokens tokens,
      CommentRateLimit rateLimit, WorkingDayCalendar calendar, WallClock clock) {
    this.consultations = consultations;
    this.settings = settings;
    this.tokens = tokens;
    this.rateLimit = rateLimit;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What a commenter sends: personal data optional, the text required. */
  public record Submission(String name, String phone, String email, String text, String clause, String token) {}

  /** The answer: the comment's reference and whether this submission stored it or it was already stored. */
  public record Receipt(long reference, boolean duplicate) {}

  /** The consultation a case accepts comments for today, or the refusal (404 unknown, 409 closed). */
  public ConsultationRepository.Consultation openConsultation(String caseId) {
    ConsultationRepository.Consultation c = caseId == null || caseId.length() > 64 ? null
        : consultations.latest(caseId).filter(x -> x.publishedNotice() != null).orElse(null);
    if (c == null) {
      throw new CommentRefused(404, "没有找到该征求意见事项，请从征求意见页面进入");
    }
    LocalDate today = calendar.today();
    if (!c.openOn(today)) {
      throw new CommentRefused(409, "该事项的征求意见期（" + c.openedOn() + "至" + c.closesOn() + "）已结束，不再接收意见");
    }
    return c;
  }

  /** A token for the comment form of the case's open consultation. */
  public String tokenFor(String caseId) {
    return tokens.issue(openConsultation(caseId).id());
  }

  public Receipt submit(String caseId, Submission s, String address) {
    rateLimit.count(address);
    ConsultationRepository.Consultation c = openConsultation(caseId);
    CommentTokens.Token token = null;
    if (settings.isRequireToken() || (s.token() != null && !s.token().isBlank())) {
      token = tokens.verify(s.token(), c.id());
    }
    String text = clean(s.text());
    String name = clean(s.name());
    String phone = clean(s.phone());
    String email = clean(s.email());
    String clause = clean(s.clause());
    java.util.List<String> problems = new java.util.ArrayList<>();
    if (text == null) {
      problems.add("请填写意见内容");
    } else if (text.length() > settings.getMaxTextLength()) {
      problems.add("意见内容不能超过 " + settings.getMaxTextLength() + " 个字（现为 " + text.length() + " 个字），可分几次提交");
    }
    checkLength(problems, name, "姓名", Math.min(settings.getMaxNameLength(), PublicParticipationSettings.STORED_NAME));
    if (checkLength(problems, phone, "联系电话", Math.min(settings.getMaxPhoneLength(), PublicParticipationSettings.STORED_PHONE))
        && phone != null && !PHONE.matcher(phone).matches()) {
      problems.add("联系电话只能包含数字、空格和 + - ( )");
    }
    if (checkLength(problems, email, "电子邮箱", Math.min(settings.getMaxEmailLength(), PublicParticipationSettings.STORED_EMAIL))
        && email != null && !EMAIL.matcher(email).matches()) {
      problems.add("电子邮箱格式不正确");
    }
    for (String[] field : new String[][] {{text, "意见内容"}, {name, "姓名"}, {phone, "联系电话"}, {email, "电子邮箱"}}) {
      String problem = field[0] == null ? null : PlainText.problem(field[1], field[0]);
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (clause != null && !c.clauses().contains(clause)) {
      problems.add("“涉及条款”请从列表中选择");
    }
    if (!problems.isEmpty()) {
      throw new CommentRefused(400, String.join("；", problems));
    }
    String key;
    if (token != null) {
      key = sha256(c.id() + "\ntoken\n" + token.nonce());
      String stored = consultations.commentWithKey(key).orElse(null);
      String typed = text + "\n" + (clause == null ? ConsultationRepository.GENERAL : clause);
      if (stored != null && stored.equals(typed)) {
        return new Receipt(0, true); // the same comment sent again (a double click, a retry): kept once
      }
      if (stored != null) {
        // another comment on a page whose token is spent: say so, never report a discarded comment as received
        throw new CommentRefused(409, "此页面已经提交过一条意见，本条意见尚未保存：请刷新页面后重新填写提交");
      }
    } else {
      long bucket = clock.now().getEpochSecond() / 60 / Math.max(1, settings.getDuplicateWindowMinutes());
      String content = c.id() + "\ntext\n" + text + "\n" + name + "\n" + phone + "\n" + email + "\n" + clause + "\n";
      if (consultations.hasCommentWithKey(sha256(content + (bucket - 1)))) {
        return new Receipt(0, true);
      }
      key = sha256(content + bucket);
    }
    try {
      long id = consultations.insertComment(new ConsultationRepository.NewComment(
          c.id(), c.caseId(), c.caseType(), name, phone, email, text,
          clause == null ? ConsultationRepository.GENERAL : clause, key));
      return new Receipt(id, false);
    } catch (DuplicateKeyException alreadyStored) {
      return new Receipt(0, true);
    }
  }

  private static boolean checkLength(java.util.List<String> problems, String value, String label, int max) {
    if (value != null && value.length() > max) {
      problems.add("“" + label + "”不能超过 " + max + " 个字（现为 " + value.length() + " 个字）");
      return false;
    }
    return true;
  }

  /** Trimmed text, null when blank. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
