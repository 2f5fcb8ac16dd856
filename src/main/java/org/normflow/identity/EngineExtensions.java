package org.normflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** The lists of the engine configuration that this package's plugins add to (null until someone adds). */
final class EngineExtensions {

  private EngineExtensions() {}

  static List<BpmnParseListener> postParseListeners(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    return configuration.getCustomPostBPMNParseListeners();
  }

  /** A session factory added here replaces the engine's own one for the same session type. */
  static void addSession(ProcessEngineConfigurationImpl configuration, Class<?> type, Supplier<Session> open) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return open.get();
      }
    });
  }
}
