package org.normflow.validation;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Issue 22, "a race is a 409": the task or case was changed by someone else (a colleague, a timer, another
 * node) while this command worked on it. Like the engine's own optimistic lock it rolls the command back
 * whole; the web layer answers 409 with {@link #MESSAGE} on every API.
 */
public class ConcurrentChange extends OptimisticLockingException {

  public static final String MESSAGE = "该事项刚刚被他人或系统同时处理，您提交的内容没有保存，请刷新后查看最新状态并重试";

  public ConcurrentChange() {
    super(MESSAGE);
  }
}
