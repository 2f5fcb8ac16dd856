package org.normflow.trust;

import java.util.ArrayDeque;
import java.util.Deque;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Remembers which command a caller issued from outside the engine. Commands that delegates and
 * listeners issue while a command runs are the engine's own work and are not the caller's.
 */
final class OuterCommand {

  private static final ThreadLocal<Deque<Command<?>>> OUTER = ThreadLocal.withInitial(ArrayDeque::new);

  private OuterCommand() {}

  static boolean is(Command<?> command) {
    return OUTER.get().peek() == command;
  }

  /** Runs before the command context opens, where "no context yet" means "called from outside". */
  static final class Marker extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command);
      }
      Deque<Command<?>> stack = OUTER.get();
      stack.push(command);
      try {
        return next.execute(command);
      } finally {
        stack.pop();
        if (stack.isEmpty()) {
          OUTER.remove();
        }
      }
    }
  }
}
