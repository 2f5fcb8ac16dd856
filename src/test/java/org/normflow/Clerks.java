package org.normflow;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Tests act as the clerk who would do a step, signed in as Tasklist signs them in, so every step
 * passes NormFlow's trust boundary and records who did it (R-C-02, R-C-06).
 */
public final class Clerks {

  private Clerks() {}

  /** A second clerk of the legal office (李青, {@code legal2}), to whom a task can be reassigned or who races for it. */
  public static void secondLegalClerk(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("legal2").count() == 0) {
      User user = identity.newUser("legal2");
      user.setFirstName("李青");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership("legal2", "legal-office");
    }
  }

  /** Completes the task as its assignee, else as a member of its first candidate group. */
  public static void complete(ProcessEngine engine, Task task, Map<String, Object> values) {
    as(engine, clerkFor(engine, task), () -> engine.getTaskService().complete(task.getId(), values));
  }

  public static String clerkFor(ProcessEngine engine, Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        User member = engine.getIdentityService().createUserQuery().memberOfGroup(link.getGroupId())
            .orderByUserId().asc().listPage(0, 1).stream().findFirst().orElse(null);
        return member != null ? member.getId() : link.getGroupId() + "-clerk";
      }
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
        return link.getUserId();
      }
    }
    throw new AssertionError("task " + task.getTaskDefinitionKey() + " has nobody to do it");
  }

  public static void as(ProcessEngine engine, String user, Runnable action) {
    as(engine, user, () -> {
      action.run();
      return null;
    });
  }

  /** Runs the action signed in as the user with their groups (a "<group>-clerk" is in that group). */
  public static <T> T as(ProcessEngine engine, String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    Authentication previous = identity.getCurrentAuthentication();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    if (groups.isEmpty() && user.endsWith("-clerk")) {
      groups = List.of(user.substring(0, user.length() - "-clerk".length()));
    }
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
