package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

@NormFlowSpringTest
class RecordRetentionTests {

  static final int HUNDRED_YEARS_IN_DAYS = 36500;

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired DocumentRepository documents;

  @Test
  @DisplayName("R-MD-13 the engine never cleans up history on its own, and every model keeps history for a hundred years")
  void historyIsKept() {
    assertThat(configuration.getHistory()).isEqualTo("full");
    assertThat(configuration.isHistoryCleanupEnabled()).isFalse();
    assertThatThrownBy(() -> historyService.cleanUpHistoryAsync(true)).hasMessageContaining("disabled");
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isGreaterThanOrEqualTo(HUNDRED_YEARS_IN_DAYS);
    }
  }

  @Test
  @DisplayName("R-MD-13 the registry record outlives the case's process history")
  void registryOutlivesHistory() {
    ProcessInstance pi =
        runtimeService.startProcessInstanceByKey(
            "normative-document", Map.of("title", "留存测试", "docType", "通知", "issuingUnit", "市应急管理局"));
    runtimeService.deleteProcessInstance(pi.getId(), "测试");
    historyService.deleteHistoricProcessInstance(pi.getId());
    assertThat(documents.find(pi.getId())).isPresent().get().extracting(DocumentRecord::title).isEqualTo("留存测试");
  }
}
