package org.normflow.identity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.normflow.trust.Actors;
import org.normflow.validation.FormValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which drafting unit (起草科室) a case belongs to, and which units a user is in. Bean {@code
 * caseUnits}: the drafter tasks of every model name their candidates with {@code
 * ${caseUnits.draftingGroup(execution)}}, which reads the registry (the unit recorded when the case was
 * registered), never a process variable a form could write.
 */
@Component("caseUnits")
public class CaseUnits {

  private final JdbcClient jdbc;
  private final EngineReads reads;

  CaseUnits(JdbcClient jdbc, EngineReads reads) {
    this.jdbc = jdbc;
    this.reads = reads;
  }

  /**
   * The candidate group of a drafter task: the case's drafting unit, found in the registry by the
   * step's process instance or the instance that called it (consultation, hearing). A case registered
   * without a unit (started by the system, not by a drafter) falls back to the role {@code drafters}.
   */
  public String draftingGroup(DelegateExecution execution) {
    String unit = unitOfCase(execution);
    return unit != null ? unit : Groups.ID_DRAFTERS;
  }

  /** The registered drafting unit of the case this step belongs to, or null. */
  public String unitOfCase(DelegateExecution execution) {
    for (String instance : CaseGrants.caseChain(execution)) {
      List<String> registered =
          jdbc.sql(
                  "SELECT drafting_unit FROM nf_document WHERE process_instance_id = ? "
                      + "UNION ALL SELECT drafting_unit FROM nf_decision WHERE process_instance_id = ?")
              .params(instance, instance)
              .query(String.class)
              .list();
      if (!registered.isEmpty()) {
        return registered.get(0);
      }
    }
    return null;
  }

  /** The unit of a new case that continues no earlier case: see {@link #unitForNewCase(DelegateExecution, boolean, String)}. */
  public String unitForNewCase(DelegateExecution execution) {
    return unitForNewCase(execution, false, null);
  }

  /**
   * The unit a case being registered belongs to: a case called by another case (R-ND-12) belongs to
   * the caller's unit; otherwise the unit of the drafter who started it, who must be in exactly one.
   * A case that continues an earlier one ({@code continues}: a major adjustment started by the
   * post-evaluation, R-MD-15) keeps the earlier case's unit when whoever started it has none; a case
   * the system starts with no user has no unit (its drafter tasks go to the whole role).
   */
  public String unitForNewCase(DelegateExecution execution, boolean continues, String earlierUnit) {
    if (execution.getProcessInstance().getSuperExecution() != null) {
      return unitOfCase(execution.getProcessInstance().getSuperExecution());
    }
    String starter = Actors.of(execution);
    Set<String> units = starter == null ? Set.of() : unitsOf(starter);
    if (units.size() == 1) {
      return units.iterator().next();
    }
    if (units.size() > 1) {
      throw new FormValidationException(List.of(
          "发起人同时属于多个起草科室（" + String.join("、", units) + "），无法确定由哪个科室承办；请系统管理员只保留一个"));
    }
    if (continues || starter == null) {
      return earlierUnit;
    }
    throw new org.normflow.validation.RoleRefusedException(
        "发起人不属于任何起草科室，不能发起案件；请系统管理员在用户管理中把其加入一个起草科室（类型为 "
            + DraftingUnits.GROUP_TYPE + " 的组）");
  }

  /** The drafting units (groups of type UNIT) the user belongs to. */
  public Set<String> unitsOf(String userId) {
    return reads.unchecked(
        () -> {
          Set<String> units = new TreeSet<>();
          for (Group group :
              reads.engine().getIdentityService().createGroupQuery()
                  .groupMember(userId).groupType(DraftingUnits.GROUP_TYPE).list()) {
            units.add(group.getId());
          }
          return units;
        });
  }
}
