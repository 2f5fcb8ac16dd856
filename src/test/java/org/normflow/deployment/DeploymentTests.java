package org.normflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

@NormFlowSpringTest
class DeploymentTests {

  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired ModelDeployer deployer;

  Deployment latest() {
    return repositoryService
        .createDeploymentQuery()
        .deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime()
        .desc()
        .list()
        .get(0);
  }

  @Test
  @DisplayName("every file in bpmn/ and forms/ is deployed under its stable name")
  void everyFileIsDeployed() throws IOException {
    Set<String> onDisk = new TreeSet<>();
    for (String folder : new String[] {"bpmn", "forms"}) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(Files::isRegularFile).forEach(f -> onDisk.add(folder + "/" + f.getFileName()));
      }
    }
    assertThat(onDisk).isNotEmpty();
    assertThat(repositoryService.getDeploymentResourceNames(latest().getId())).containsAll(onDisk);
  }

  @Test
  @DisplayName("every formRef of every deployed process resolves to a deployed form")
  void everyFormRefResolves() {
    List<String> missing = new ArrayList<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      List<String> refs = new ArrayList<>();
      model.getModelElementsByType(UserTask.class).forEach(t -> refs.add(t.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).forEach(s -> refs.add(s.getCamundaFormRef()));
      Set<String> deployed =
          new TreeSet<>(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()));
      for (String ref : refs) {
        if (ref != null && !deployed.contains("forms/" + ref + ".form")) {
          missing.add(definition.getKey() + " -> " + ref);
        }
      }
    }
    assertThat(missing).isEmpty();
    String startForm = new String(readStartForm(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(startForm).contains("\"id\": \"normative-document-start\"").contains("文件标题");
  }

  private byte[] readStartForm() {
    try {
      return formService
          .getDeployedStartForm(
              repositoryService
                  .createProcessDefinitionQuery()
                  .processDefinitionKey("normative-document")
                  .latestVersion()
                  .singleResult()
                  .getId())
          .readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("deploying unchanged files again (a restart) creates no new deployment or version")
  void restartDoesNotRedeploy() {
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    Deployment again = deployer.deploy();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(again.getId()).isEqualTo(latest().getId());
  }
}
