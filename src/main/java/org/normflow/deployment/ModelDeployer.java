package org.normflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.application.ProcessApplicationReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in the top-level {@code bpmn/} and {@code forms/} folders under stable names
 * ({@code bpmn/x.bpmn}, {@code forms/x.form}), whether the app runs from {@code target/classes} or
 * from a jar. Duplicate filtering means a restart with unchanged files creates no new version.
 */
@Component
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "normflow";
  static final String[] FOLDERS = {"bpmn", "forms"};

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final SpringBootProcessApplication processApplication;

  ModelDeployer(RepositoryService repositoryService, SpringBootProcessApplication processApplication) {
    this.repositoryService = repositoryService;
    this.processApplication = processApplication;
  }

  @EventListener
  public void onPostDeploy(PostDeployEvent event) {
    deploy();
  }

  /** Deploys the current models; returns the new deployment, or the existing one when unchanged. */
  public Deployment deploy() {
    ProcessApplicationReference reference = processApplication.getReference();
    DeploymentBuilder builder =
        repositoryService
            .createDeployment(reference)
            .name(DEPLOYMENT_NAME)
            .source("normflow-model-deployer")
            .enableDuplicateFiltering(false);
    List<String> names = new ArrayList<>();
    for (ModelResource resource : modelResources()) {
      builder.addInputStream(resource.name(), resource.open());
      names.add(resource.name());
    }
    // with duplicate filtering an unchanged set returns the existing deployment
    Deployment deployment = builder.deploy();
    LOG.info("NormFlow models in deployment {} ({} files)", deployment.getId(), names.size());
    return deployment;
  }

  /** All model and form files on the class path, with their stable deployment names. */
  public static List<ModelResource> modelResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<ModelResource> result = new ArrayList<>();
    try {
      for (String folder : FOLDERS) {
        for (Resource resource : resolver.getResources("classpath*:" + folder + "/*.*")) {
          if (resource.isReadable() && resource.getFilename() != null) {
            result.add(new ModelResource(folder + "/" + resource.getFilename(), resource));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list bpmn/ and forms/ on the class path", e);
    }
    result.sort(Comparator.comparing(ModelResource::name));
    return result;
  }

  /** A model file and the name it is deployed under. */
  public record ModelResource(String name, Resource resource) {
    InputStream open() {
      try {
        return resource.getInputStream();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
  }
}
