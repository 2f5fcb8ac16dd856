package org.normflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code normflow.drafting-units}: the agency's drafting units (起草科室). Each is a Camunda group of
 * type {@value #GROUP_TYPE}, created at start-up when missing; an administrator may add more in Admin
 * (a group of that type). A drafter belongs to {@code drafters} (the role that may start cases) and to
 * exactly one unit (which cases they work on and read).
 */
@Component
@ConfigurationProperties(prefix = "normflow")
public class DraftingUnits {

  /** The Camunda group type that marks a drafting unit. */
  public static final String GROUP_TYPE = "UNIT";

  private List<Unit> draftingUnits = new ArrayList<>();

  public List<Unit> getDraftingUnits() {
    return draftingUnits;
  }

  public void setDraftingUnits(List<Unit> draftingUnits) {
    this.draftingUnits = draftingUnits;
  }

  /** One unit: group id ({@code unit-hazchem}) and the name clerks see (危化品监管科). */
  public static class Unit {
    private String id;
    private String name;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }
}
