package org.normflow.head;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.process.HeadAuthorizationVariables;
import org.normflow.trust.SystemActions;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and revoking the head's authorizations (the REST side of {@code head-authorization}). */
@Service
public class HeadAuthorizations {

  private final HeadAuthorizationRepository authorizations;
  private final HeadOfOrganisation heads;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final HeadSettings settings;

  HeadAuthorizations(HeadAuthorizationRepository authorizations, HeadOfOrganisation heads, RuntimeService runtimeService,
      IdentityService identityService, HeadSettings settings) {
    this.settings = settings;
    this.authorizations = authorizations;
    this.heads = heads;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Every authorization, newest first, with names, a sentence saying what it is, and its events. */
  public List<HeadAuthorization> list() {
    return authorizations.list().stream().map(this::described).toList();
  }

  public HeadAuthorization get(long id) {
    return described(find(id));
  }

  private HeadAuthorization find(long id) {
    return authorizations.find(id).orElseThrow(() -> new NotFoundException("没有第 " + id + " 号授权代行记录"));
  }

  /**
   * The head revokes his authorization: recorded with who and when, and the deputy's open head tasks go
   * back at once (the authorization's process ends by its message). Like recording one, it is the head's act,
   * never an administrator's in his name (R-ND-14, R-C-07).
   */
  @Transactional
  public HeadAuthorization revoke(long id, String userId) {
    HeadAuthorization authorization = find(id);
    if (userId == null || !userId.equals(authorization.head())) {
      throw new ForbiddenException("只有主要负责人 " + heads.name(authorization.head()) + " 可以撤销其授权");
    }
    if (authorization.revokedAt() != null) {
      throw new FormValidationException(List.of("第 " + id + " 号授权已于 " + authorization.revokedAt().toLocalDate()
          + " 撤销"));
    }
    LocalDate today = heads.today();
    if (authorization.validUntil().isBefore(today)) {
      throw new FormValidationException(List.of("第 " + id + " 号授权已于 " + authorization.validUntil() + " 期满，无需撤销"));
    }
    if (!authorizations.revoke(id, userId)) {
      throw new FormValidationException(List.of("第 " + id + " 号授权已撤销"));
    }
    // the user's right was checked above; the engine call runs without the user's grants (leadership
    // holds none on these instances), the hand-back records the revoker from the registry
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      SystemActions.run(() -> runtimeService.createMessageCorrelation(HeadAuthorizationVariables.MESSAGE_REVOKE)
          .processInstanceId(authorization.processInstanceId())
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      // its process is no longer waiting (it ran out on the last day): hand the tasks back here
      heads.reassignOpenTasks(find(id), userId);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    return get(id);
  }

  private HeadAuthorization described(HeadAuthorization a) {
    String headName = heads.name(a.head());
    String deputyName = heads.name(a.deputy());
    String scope = a.caseId() == null ? "期间内的全部案件"
        : "限于 " + authorizations.caseReference(a.caseId()) + authorizations.caseTitle(a.caseId()).map(t -> "《" + t + "》").orElse("");
    LocalDate today = heads.today();
    String status = a.revokedAt() != null ? "已于 " + a.revokedAt().toLocalDate() + " 由 " + heads.name(a.revokedBy()) + " 撤销"
        : a.validUntil().isBefore(today) ? "已期满"
        : a.validFrom().isAfter(today) ? "尚未开始" : "有效";
    // R-ND-14: exactly the acts the head named (the Art 30 decision only while the organisation allows it)
    String acts = a.acts().stream().sorted()
        .map(k -> k.label() + (k.collectiveDecision() && !settings.isDelegateCollectiveDecision() ? "（本机关规定不得代行，不生效）" : ""))
        .collect(java.util.stream.Collectors.joining("、"));
    String summary = "第 " + a.id() + " 号：" + headName + " 授权 " + deputyName + " 代行主要负责人的下列事项：" + acts + "；"
        + scope + "，" + a.validFrom() + " 至 " + a.validUntil() + "；事由：" + a.reason()
        + "；" + status;
    return a.with(headName, deputyName, summary, authorizations.events(a.id()));
  }
}
