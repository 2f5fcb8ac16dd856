package org.normflow.head;

import static org.normflow.process.HeadAuthorizationVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.TickedList;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordAuthorization of {@code head-authorization} (局领导授权代行), for the head's steps
 * (R-ND-14, R-MD-02, R-MD-11, R-MD-16): checks the start form on the server (the starter is the head himself,
 * never an administrator; the deputy a leadership member other than the head, the acts ticked among the head's
 * acts and the 713 Art 30 decision only where allowed, the case registered, the period sane and not overlapping
 * another of the same scope naming the same act, a reason given) and records it with exactly those acts.
 */
@Component("recordHeadAuthorization")
class RecordHeadAuthorization implements JavaDelegate {

  private final HeadOfOrganisation heads;
  private final HeadAuthorizationRepository authorizations;
  private final HeadSettings settings;
  private final WorkingDayCalendar calendar;

  RecordHeadAuthorization(
      HeadOfOrganisation heads, HeadAuthorizationRepository authorizations, HeadSettings settings,
      WorkingDayCalendar workingDays) {
    this.heads = heads;
    this.authorizations = authorizations;
    this.settings = settings;
    this.calendar = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String actor = Actors.of(execution);
    String head = heads.head();
    if (actor == null || !actor.equals(head)) {
      // R-ND-14, R-C-07: the head records it himself; an administrator never does it in the head's name (while
      // the head cannot act, the organ names an acting head, docs/security.md "The administrator")
      throw new org.normflow.validation.RoleRefusedException("只有主要负责人 " + heads.name(head) + " 本人可以授权他人代行其职责");
    }
    FormCheck check = FormCheck.of(execution);
    String deputy = check.text(DEPUTY, "代行人", 64);
    String caseText = check.optionalText(CASE_ID);
    // issue 10: the case is named by the number people use; the record keeps the internal id
    String caseId = caseText == null || caseText.length() > 64 ? caseText : authorizations.resolveCase(caseText);
    LocalDate from = check.date(VALID_FROM, "授权开始日期");
    LocalDate until = check.date(VALID_UNTIL, "授权截止日期");
    String reason = check.text(AUTHORIZATION_REASON, "授权事由", 2000);
    Set<HeadAct.Kind> acts = acts(check, execution.getVariable(HEAD_ACTS));
    if (deputy != null) {
      check.require(!deputy.equals(head), "主要负责人不能授权给自己");
      check.require(deputy.equals(head) || heads.isDeputyCandidate(deputy),
          "代行人须为主要负责人以外的局领导成员（" + String.join("、",
              heads.deputyCandidates().stream().map(heads::name).toList()) + "）");
    }
    if (caseId != null) {
      check.require(caseId.length() <= 64 && authorizations.caseTitle(caseId).isPresent(),
          "没有登记号为“" + (caseId.length() > 64 ? caseId.substring(0, 64) + "…" : caseId)
              + "”的规范性文件或重大行政决策，请核对“限于本件”的登记号，或留空表示期间内的全部事项");
    }
    LocalDate today = calendar.today();
    if (from != null && until != null) {
      check.require(!from.isBefore(today), "授权开始日期不能早于今天（" + today + "），授权不能补记");
      check.require(!until.isBefore(from), "授权截止日期不能早于开始日期");
      check.require(ChronoUnit.DAYS.between(from, until) < settings.getMaxAuthorizationDays(),
          "一次授权不能超过 " + settings.getMaxAuthorizationDays() + " 日");
      for (HeadAuthorization other : authorizations.notEnded(head, today)) {
        boolean sameScope = Objects.equals(other.caseId(), caseId);
        boolean overlaps = !from.isAfter(other.validUntil()) && !until.isBefore(other.validFrom());
        // two authorizations of the same scope and days may name different acts, never the same one
        List<String> shared = other.acts().stream().filter(acts::contains).sorted().map(HeadAct.Kind::label).toList();
        check.require(!(sameScope && overlaps && !shared.isEmpty()), "与第 " + other.id() + " 号授权（" + other.validFrom()
            + " 至 " + other.validUntil() + "）的期间重叠，且都载明“" + String.join("、", shared)
            + "”，请先撤销该授权");
      }
    }
    check.verify();
    long id = authorizations.insert(head, deputy, caseId, from, until, reason, acts, execution.getProcessInstanceId(),
        actor);
    execution.setVariable(AUTHORIZATION_ID, id);
    execution.setVariable(AUTHORIZATION_IN_FORCE, !from.isAfter(today));
    execution.setVariable(AUTHORIZATION_STARTS_AT, calendar.startOf(from));
    execution.setVariable(AUTHORIZATION_ENDS_AT, calendar.endOf(until));
  }

  /**
   * R-ND-14: the acts the head ticked, each one of {@link HeadAct.Kind}, at least one; the 713 Art 30 decision
   * only where {@code normflow.organisation.delegate-collective-decision} allows it. Empty when refused.
   */
  private Set<HeadAct.Kind> acts(FormCheck check, Object ticked) {
    Set<String> names = TickedList.ids(ticked);
    Set<HeadAct.Kind> acts = EnumSet.noneOf(HeadAct.Kind.class);
    if (names == null || names.isEmpty()) {
      check.require(false, "请在“授权代行的事项”中勾选授权代行人办理的事项（至少一项）");
      return acts;
    }
    for (String name : names) {
      HeadAct.Kind.named(name).ifPresentOrElse(acts::add,
          () -> check.require(false, "“授权代行的事项”只能从表单所列的主要负责人职权事项中勾选"));
    }
    for (HeadAct.Kind act : acts) {
      check.require(!act.collectiveDecision() || settings.isDelegateCollectiveDecision(),
          "“" + act.label() + "”由行政首长在集体讨论后本人作出（《重大行政决策程序暂行条例》第三十条），"
              + "本机关规定不得授权代行，请取消勾选");
    }
    return acts;
  }
}
