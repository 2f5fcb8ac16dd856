package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.EXPERT_POOL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.normflow.identity.Groups;
import org.normflow.identity.People;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Task_SelectExperts (create), R-MD-06, issue 10: the expert pool (group experts) as the list the form
 * offers ({@code valuesKey: expertPool}): each expert by name, the user id only as the value. The
 * selection is checked against the pool again when the task completes ({@link ExpertPanel}).
 */
@Component("offerExpertPool")
class OfferExpertPool implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final People people;

  OfferExpertPool(People people) {
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, String>> values = new ArrayList<>();
    people.membersOf(Groups.ID_EXPERTS).forEach((id, name) -> {
      Map<String, String> value = new LinkedHashMap<>();
      value.put("label", name);
      value.put("value", id);
      values.add(value);
    });
    try {
      task.setVariable(EXPERT_POOL, SpinValues.jsonValue(JSON.writeValueAsString(values)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
