package org.normflow.trust;

import java.lang.reflect.Field;

/**
 * Reads what a command carries. The engine's commands keep their arguments in protected fields
 * without getters; a field that is not where this engine version keeps it fails the check (and so
 * refuses the command) instead of letting it through unchecked.
 */
final class CommandFields {

  private CommandFields() {}

  static Object read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }

  static boolean is(Object command, String simpleName) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }
}
