package org.normflow.audit;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.Groups;
import org.normflow.validation.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who reads what in the workbench (issue 13): auditors, the legal office and administrators read every
 * case; a drafter reads the cases of their own drafting unit; anyone else is refused (403). Commenters'
 * personal data (R-C-05) is shown to auditors and the drafting unit only, never to the administrator.
 */
@Component
class WorkbenchAccess {

  /** What one reader may see. */
  record Reader(String userId, boolean everything, Set<String> units, boolean auditor) {

    boolean mayRead(String draftingUnit) {
      return everything || (draftingUnit != null && units.contains(draftingUnit));
    }

    /** R-C-05: commenters' names and contacts. */
    boolean seesPersonalData(String draftingUnit) {
      return auditor || (draftingUnit != null && units.contains(draftingUnit));
    }
  }

  private final IdentityService identity;
  private final Unchecked unchecked;

  WorkbenchAccess(IdentityService identity, Unchecked unchecked) {
    this.identity = identity;
    this.unchecked = unchecked;
  }

  Reader current() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new ForbiddenException("请先登录");
    }
    return of(user.getUserId());
  }

  Reader of(String userId) {
    List<Group> groups = unchecked.read(() -> identity.createGroupQuery().groupMember(userId).list());
    Set<String> ids = new java.util.HashSet<>();
    Set<String> units = new java.util.HashSet<>();
    for (Group g : groups) {
      ids.add(g.getId());
      if (org.normflow.identity.DraftingUnits.GROUP_TYPE.equals(g.getType())) {
        units.add(g.getId());
      }
    }
    // the administrator reads every case to keep the system running, but commenters' contacts are not his
    // (R-C-05, issue 29): only auditors and the case's drafting unit see them
    boolean auditor = ids.contains(Groups.ID_AUDITORS);
    if (auditor || ids.contains(Groups.ID_ADMIN) || ids.contains(Groups.ID_LEGAL_OFFICE)) {
      return new Reader(userId, true, units, auditor);
    }
    if (ids.contains(Groups.ID_DRAFTERS) && !units.isEmpty()) {
      return new Reader(userId, false, units, false);
    }
    throw new ForbiddenException("案件台账仅供监督审计人员、法制机构和起草科室查阅");
  }
}
