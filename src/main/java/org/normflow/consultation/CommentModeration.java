package org.normflow.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.CaseUnits;
import org.normflow.identity.Groups;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.Grounds;
import org.normflow.validation.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of public comments (issue 14): comments arrive pending; the case's drafting unit
 * publishes or hides each, hiding with a configured reason ({@code normflow.grounds.hidden-comment})
 * and an optional note. Hidden is never deleted, and every act is logged. Comments with the
 * commenters' personal data are read only by the drafting unit and auditors (R-C-05).
 */
@Service
public class CommentModeration {

  public enum Access { NONE, READ, MODERATE }

  private final ConsultationRepository consultations;
  private final IdentityService identityService;
  private final HistoryService historyService;
  private final CaseUnits caseUnits;
  private final Grounds grounds;
  private final JdbcClient jdbc;

  CommentModeration(ConsultationRepository consultations, IdentityService identityService,
      HistoryService historyService, CaseUnits caseUnits, Grounds grounds, JdbcClient jdbc) {
    this.consultations = consultations;
    this.identityService = identityService;
    this.historyService = historyService;
    this.caseUnits = caseUnits;
    this.grounds = grounds;
    this.jdbc = jdbc;
  }

  /** The signed-in user (set by identity.RestAuthentication), or null. */
  public String currentUser() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }

  /** What the signed-in user may do with the consultation's comments. */
  public Access access(ConsultationRepository.Consultation c) {
    return access(c, viewer());
  }

  private record Viewer(Set<String> units, List<String> groups) {}

  private Viewer viewer() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return null;
    }
    return new Viewer(caseUnits.unitsOf(user.getUserId()), user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }

  private Access access(ConsultationRepository.Consultation c, Viewer viewer) {
    if (viewer == null) {
      return Access.NONE;
    }
    String unit = unitOf(c);
    if (unit != null ? viewer.units().contains(unit) : viewer.groups().contains(Groups.ID_DRAFTERS)) {
      return Access.MODERATE;
    }
    return viewer.groups().contains(Groups.ID_AUDITORS) ? Access.READ : Access.NONE;
  }

  /** The consultations the signed-in user may read, newest first. */
  public List<ConsultationRepository.Consultation> readable() {
    Viewer viewer = viewer();
    return consultations.all().stream().filter(c -> access(c, viewer) != Access.NONE).toList();
  }

  /** The consultation, when the signed-in user may read its comments. */
  public ConsultationRepository.Consultation readableConsultation(String consultationId) {
    ConsultationRepository.Consultation c = consultations.byId(consultationId)
        .orElseThrow(() -> new NotFoundException("没有找到该征求意见"));
    if (access(c) == Access.NONE) {
      throw new ForbiddenException("只有起草科室和监督审计人员可以查看公众意见及意见人信息");
    }
    return c;
  }

  public List<ConsultationRepository.Comment> comments(String consultationId) {
    return consultations.comments(readableConsultation(consultationId).id());
  }

  /** Publishes ({@code PUBLISHED}) or hides ({@code HIDDEN}, reason required) the comments; returns how many. */
  @Transactional
  public int moderate(String consultationId, List<Long> commentIds, String status, String reason, String note) {
    ConsultationRepository.Consultation c = readableConsultation(consultationId);
    if (access(c) != Access.MODERATE) {
      throw new ForbiddenException("只有本事项的起草科室可以审核公众意见；监督审计人员只能查看");
    }
    // issue 22, one way to each act: Task_DisposeComments decides, with each comment's disposition, whether it
    // is published (RecordCommentDispositions), and the adoption report is published with that; changing it
    // here afterwards would rewrite the recorded step (and could hide a comment from the disposition check)
    if (c.reportPublishedOn() != null || c.adoptionReport() != null) {
      throw new FormValidationException(List.of("本次征求意见的公众意见已在“逐条处理意见并形成采纳情况说明”中逐条处理，"
          + "是否公开已随采纳情况说明记录和公布，不能再更改"));
    }
    List<String> problems = new ArrayList<>();
    String cleanNote = PublicComments.clean(note);
    String cleanReason = PublicComments.clean(reason);
    if (!ConsultationRepository.PUBLISHED.equals(status) && !ConsultationRepository.HIDDEN.equals(status)) {
      problems.add("请选择“公开”或“不公开”");
    }
    if (ConsultationRepository.HIDDEN.equals(status)) {
      if (cleanReason == null || !grounds.codes(Grounds.HIDDEN_COMMENT).contains(cleanReason)) {
        problems.add("不公开须选择理由：" + String.join("、", grounds.of(Grounds.HIDDEN_COMMENT).values()));
      }
    } else {
      cleanReason = null;
    }
    if (cleanNote != null && cleanNote.length() > 500) {
      problems.add("“说明”不能超过 500 个字");
    }
    if (commentIds == null || commentIds.isEmpty()) {
      problems.add("请至少选择一条意见");
    }
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    Map<Long, ConsultationRepository.Comment> byId = new java.util.HashMap<>();
    consultations.comments(c.id()).forEach(x -> byId.put(x.id(), x));
    String by = currentUser();
    int changed = 0;
    for (Long id : commentIds) {
      ConsultationRepository.Comment comment = byId.get(id);
      if (comment == null) {
        throw new FormValidationException(List.of("意见 " + id + " 不属于本次征求意见"));
      }
      consultations.moderate(id, status, cleanReason, cleanNote, by);
      changed++;
    }
    return changed;
  }

  /** The drafting unit of the consultation's case: recorded with the notice, else found through the caller. */
  private String unitOf(ConsultationRepository.Consultation c) {
    if (c.draftingUnit() != null) {
      return c.draftingUnit();
    }
    HistoricProcessInstance instance =
        historyService.createHistoricProcessInstanceQuery().processInstanceId(c.id()).singleResult();
    String caller = instance == null ? null : instance.getSuperProcessInstanceId();
    if (caller == null) {
      return null;
    }
    return jdbc.sql("SELECT drafting_unit FROM nf_document WHERE process_instance_id = ? "
            + "UNION ALL SELECT drafting_unit FROM nf_decision WHERE process_instance_id = ?")
        .params(caller, caller).query(String.class).list().stream()
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }
}
