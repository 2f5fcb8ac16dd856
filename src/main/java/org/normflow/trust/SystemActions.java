package org.normflow.trust;

import java.util.function.Supplier;

/**
 * Marks engine calls that NormFlow's own code makes on a user's behalf after validating the request
 * itself (a controller correlating the withdrawal message, the public comment endpoint). Inside
 * {@link #run} the trust boundary lets commands through that it refuses to a clerk calling the engine
 * directly; the engine's authorization checks still apply to the authenticated user.
 */
public final class SystemActions {

  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private SystemActions() {}

  public static <T> T run(Supplier<T> action) {
    boolean outer = !ACTIVE.get();
    ACTIVE.set(true);
    try {
      return action.get();
    } finally {
      if (outer) {
        ACTIVE.remove();
      }
    }
  }

  public static void run(Runnable action) {
    run(() -> {
      action.run();
      return null;
    });
  }

  public static boolean active() {
    return ACTIVE.get();
  }
}
