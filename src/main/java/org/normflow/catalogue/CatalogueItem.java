package org.normflow.catalogue;

import java.time.LocalDate;

/** One item of the annual decision catalogue (R-MD-01). */
public record CatalogueItem(
    long id,
    int year,
    int itemNo,
    String title,
    String leadUnit,
    LocalDate plannedCompletion,
    boolean hearingPlanned,
    boolean adjustment,
    String adjustmentReason,
    ItemStatus status,
    String statusLabel,
    String decisionId,
    LocalDate completedOn,
    String createdBy,
    String leadUnitGroup,
    String removedReason) {

  /** Where a catalogue item stands; at year end the catalogue shows each item's completion. */
  public enum ItemStatus {
    PLANNED("未启动"),
    IN_PROGRESS("办理中"),
    COMPLETED("已完成"),
    NOT_STARTED("决定不予启动"),
    OUTSIDE_PROCEDURE("不适用决策程序"),
    REJECTED("未通过"),
    STOPPED("已停止执行"),
    REMOVED("已调出目录"),
    /** A drafter's out-of-catalogue start: not in the catalogue until the head decides to start it. */
    PROPOSED("目录调整待主要负责人审定"),
    /** The head did not start the proposed item: it never became part of the catalogue. */
    ADJUSTMENT_REFUSED("未同意列入目录");

    private final String label;

    ItemStatus(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The item's procedure has come to an end (for the year-end completion report). */
    public boolean finished() {
      return this != PLANNED && this != IN_PROGRESS && this != PROPOSED;
    }

    /** The item is part of the year's catalogue (a proposed or refused adjustment is not). */
    public boolean inCatalogue() {
      return this != PROPOSED && this != ADJUSTMENT_REFUSED;
    }
  }
}
