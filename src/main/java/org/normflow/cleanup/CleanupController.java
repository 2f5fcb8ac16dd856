package org.normflow.cleanup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.CaseAccess;
import org.normflow.identity.Groups;
import org.normflow.validation.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cleanup register (R-ND-11), authenticated like every /api endpoint: the rounds (periodic and
 * special cleanups) with their status and counts, and each round's documents with the finding, reason,
 * legal basis and the list they are on (继续有效 / 废止 / 失效). The legal office, auditors and
 * administrators see every document of a round; a drafter sees the documents of the cases they may read
 * (their unit's, the ones they worked on).
 */
@RestController
@RequestMapping("/api/cleanups")
class CleanupController {

  static final Map<String, String> LIST_LABELS = Map.of("VALID", "继续有效", "ABOLISHED", "废止", "LAPSED", "失效");

  private final CleanupRepository registry;
  private final CaseAccess caseAccess;
  private final IdentityService identity;

  CleanupController(CleanupRepository registry, CaseAccess caseAccess, IdentityService identity) {
    this.registry = registry;
    this.caseAccess = caseAccess;
    this.identity = identity;
  }

  @GetMapping
  List<Map<String, Object>> rounds() {
    return registry.rounds().stream().map(CleanupController::lowerKeys).toList();
  }

  @GetMapping("/{id}")
  Map<String, Object> round(@PathVariable long id) {
    Map<String, Object> round = lowerKeys(
        registry.round(id).orElseThrow(() -> new NotFoundException("没有第 " + id + " 轮清理")));
    CaseAccess.Scope scope = caseAccess.currentUser();
    boolean all = scope.everything() || inGroup(Groups.ID_LEGAL_OFFICE);
    List<Map<String, Object>> items = registry.items(id).stream().map(CleanupController::lowerKeys)
        .filter(i -> all || scope.mayRead((String) i.get("process_instance_id"), (String) i.get("drafting_unit")))
        .peek(i -> i.put("result_list_label", LIST_LABELS.get((String) i.get("result_list"))))
        .toList();
    round.put("documents", items);
    for (String list : List.of("VALID", "ABOLISHED", "LAPSED")) {
      round.put(list.toLowerCase() + "_list", items.stream().filter(i -> list.equals(i.get("result_list")))
          .map(i -> i.get("doc_number")).toList());
    }
    return round;
  }

  private boolean inGroup(String group) {
    Authentication user = identity.getCurrentAuthentication();
    return user != null && user.getGroupIds() != null && user.getGroupIds().contains(group);
  }

  static Map<String, Object> lowerKeys(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }
}
