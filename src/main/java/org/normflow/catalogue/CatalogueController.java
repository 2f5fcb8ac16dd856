package org.normflow.catalogue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual decision catalogue (R-MD-01) over HTTP Basic, read only: any authenticated user reads it.
 * Issue 22, one way to each act: adding items, the head's approval, publication and in-year adjustments
 * are steps of the Tasklist procedure {@code decision-catalogue} (units propose, the legal office compiles,
 * the head approves after collective discussion, the legal office publishes, each adjustment is approved
 * by the head). The endpoints that did them around that procedure were removed: they skipped its checks
 * and left the year's case waiting at a step its catalogue had already passed.
 */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

  private final CatalogueService catalogue;

  CatalogueController(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/{year}")
  Catalogue get(@PathVariable int year) {
    return catalogue.view(year);
  }
}
