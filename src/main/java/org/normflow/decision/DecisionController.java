package org.normflow.decision;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the major-decision registry (authenticated, see RestAuthentication). */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

  private final DecisionRepository decisions;

  DecisionController(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @GetMapping
  List<DecisionRecord> list(@RequestParam(required = false) DecisionStage stage) {
    return decisions.list(stage);
  }

  @GetMapping("/{id}")
  DecisionRecord get(@PathVariable String id) {
    return decisions.get(id);
  }
}
