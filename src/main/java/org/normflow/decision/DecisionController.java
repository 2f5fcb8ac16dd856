package org.normflow.decision;

import org.normflow.validation.LegalBasis;

import static org.normflow.process.DecisionImplementationVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.identity.CaseAccess;
import org.normflow.process.ProcessKeys;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The major-decision registry (authenticated, see RestAuthentication): each user reads the decisions
 * whose case they may read in the engine (their own unit's, the ones they worked on; auditors every
 * one, see {@link CaseAccess}); the head may suspend execution (R-MD-16).
 */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CaseAccess caseAccess;

  DecisionController(DecisionRepository decisions, HeadOfOrganisation heads, RuntimeService runtimeService,
      IdentityService identityService, CaseAccess caseAccess) {
    this.decisions = decisions;
    this.heads = heads;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.caseAccess = caseAccess;
  }

  record SuspendRequest(String reason) {}

  @GetMapping
  List<DecisionRecord> list(@RequestParam(required = false) DecisionStage stage) {
    CaseAccess.Scope scope = caseAccess.currentUser();
    return decisions.list(stage).stream().filter(d -> scope.mayRead(d.processInstanceId(), d.draftingUnit())).toList();
  }

  @GetMapping("/{id}")
  DecisionRecord get(@PathVariable String id) {
    // issue 10: the decision number (2026年第3项) names a decision as well as its internal id
    DecisionRecord decision = decisions.get(decisions.resolve(id));
    if (!caseAccess.currentUser().mayRead(decision.processInstanceId(), decision.draftingUnit())) {
      throw new ForbiddenException("无权查看该决策：只能查看本科室的决策和本人经办的案件");
    }
    return decision;
  }

  /** The legal office's applicability finding, fact by fact (R-MD-18), and the discussion meetings (713 Art 30). */
  record Procedures(List<DecisionRepository.Finding> findings, List<String> fairCompetitionConclusions,
      List<Map<String, Object>> meetings) {}

  /** R-MD-18: which procedures were found to apply, and why; the fair competition reviews; the meetings. */
  @GetMapping("/{id}/procedures")
  Procedures procedures(@PathVariable String id) {
    id = get(id).id();
    List<Map<String, Object>> meetings = decisions.meetings(id).stream().map(m -> Map.<String, Object>of(
        "round", m[0], "date", m[1].toString(), "kind", m[2], "presider", m[3], "attendees", m[4])).toList();
    return new Procedures(decisions.findings(id), decisions.fairCompetitionConclusions(id), meetings);
  }

  /** R-MD-16: the head suspends execution first, with the reason recorded; post-evaluation follows. */
  @PostMapping("/{id}/suspend")
  DecisionRecord suspend(@PathVariable String id, @RequestBody SuspendRequest body) {
    Authentication auth = identityService.getCurrentAuthentication();
    DecisionRecord decision = decisions.get(decisions.resolve(id));
    if (auth == null || !heads.mayAct(auth.getUserId(), decision.processInstanceId())) {
      throw new ForbiddenException("只有行政首长（或经其在系统中登记授权的代行人）可以决定中止执行" + LegalBasis.cite("R-MD-16") + "，当前用户无权执行此操作");
    }
    String reason = body == null || body.reason() == null ? "" : body.reason().strip();
    if (reason.isEmpty()) {
      throw new FormValidationException(List.of("请填写“中止执行的理由”"));
    }
    // the head's right was checked above; the engine call itself runs without the caller's grants
    identityService.clearAuthentication();
    try {
      // execution runs in the called process decision-implementation below the decision's instance
      var implementation = runtimeService.createProcessInstanceQuery()
          .superProcessInstanceId(decision.processInstanceId())
          .processDefinitionKey(ProcessKeys.DECISION_IMPLEMENTATION).singleResult();
      if (implementation == null) {
        throw new MismatchingMessageCorrelationException("no implementation running");
      }
      runtimeService.createMessageCorrelation(MESSAGE_SUSPEND_EXECUTION)
          .processInstanceId(implementation.getId())
          .setVariables(Map.of(SUSPENSION_REASON, reason, SUSPENDED_BY, auth.getUserId()))
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new FormValidationException(List.of("决策“" + decision.title() + "”当前不在执行阶段（" + decision.stageLabel()
          + "），不能中止执行"));
    } finally {
      identityService.setAuthentication(auth);
    }
    return decisions.get(decision.id());
  }
}
