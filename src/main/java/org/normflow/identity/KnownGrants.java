package org.normflow.identity;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;

/**
 * What the running engine command knows about the grants on its process instances, so that
 * {@link CaseGrants} asks the database at most once per instance and command: an instance started in
 * this command has no grants yet (nobody can have written one on an id generated here); for any other,
 * one query loads all its grants into the command's entity cache, where every later "is this grant
 * there already?" of the command is answered. An engine session, so it lives exactly as long as the
 * command.
 */
final class KnownGrants implements Session {

  private final Set<String> known = new HashSet<>();

  static void started(String processInstanceId) {
    Context.getCommandContext().getSession(KnownGrants.class).known.add(processInstanceId);
  }

  /** Makes every stored grant on this instance visible in the command's entity cache (once per command). */
  static void loadGrants(CommandContext command, String processInstanceId) {
    if (command.getSession(KnownGrants.class).known.add(processInstanceId)) {
      AuthorizationQueryImpl allGrantsOnIt = new AuthorizationQueryImpl();
      allGrantsOnIt.resourceId(processInstanceId);
      allGrantsOnIt.executeList(command, null);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
