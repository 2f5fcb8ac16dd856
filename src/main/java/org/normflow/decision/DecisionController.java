package org.normflow.decision;

import java.util.List;
import java.util.Map;
import org.normflow.identity.CaseAccess;
import org.normflow.validation.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The major-decision registry (authenticated, see RestAuthentication): each user reads the decisions
 * whose case they may read in the engine (their own unit's, the ones they worked on; auditors every
 * one, see {@link CaseAccess}). Read only: issue 22, one way to each act. The head suspends execution
 * (R-MD-16) in Tasklist, at Task_SuspendExecution, which is open to him throughout the execution; the
 * endpoint that did the same around that task was removed.
 */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

  private final DecisionRepository decisions;
  private final CaseAccess caseAccess;

  DecisionController(DecisionRepository decisions, CaseAccess caseAccess) {
    this.decisions = decisions;
    this.caseAccess = caseAccess;
  }

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
}
