package org.normflow.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the principal head (主要负责人, who signs, decides and authorizes: R-ND-14, R-MD-02,
 * R-MD-11) is never a demo user by default: {@code normflow.organisation.head} must be set, or start-up
 * stops saying so. The members of collective discussion may stay empty (then the leadership group minus
 * the head gives opinions).
 */
@Component
@Profile("prod")
class ProductionHead {

  ProductionHead(@Value("${normflow.organisation.head:}") String head) {
    check(head);
  }

  static void check(String head) {
    if (head == null || head.isBlank()) {
      throw new ProductionSettingMissing(
          "NormFlow prod profile: the principal head (主要负责人) is not set; production has no default head.",
          "Set NORMFLOW_HEAD (normflow.organisation.head) to the user id of the head, a member of group leadership.");
    }
  }
}
