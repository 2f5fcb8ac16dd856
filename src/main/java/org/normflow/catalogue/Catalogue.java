package org.normflow.catalogue;

import java.time.LocalDateTime;
import java.util.List;

/** The decision catalogue of one year with its items and the completion summary (R-MD-01). */
public record Catalogue(
    int year,
    Status status,
    String statusLabel,
    String approvedBy,
    LocalDateTime approvedAt,
    String publishedBy,
    LocalDateTime publishedAt,
    List<CatalogueItem> items,
    int itemCount,
    int adjustmentCount,
    int completedCount,
    int openCount) {

  public enum Status {
    DRAFT("编制中"),
    APPROVED("已批准"),
    PUBLISHED("已公布");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
