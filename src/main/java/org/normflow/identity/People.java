package org.normflow.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * People by name (issue 10): whatever a clerk or an auditor reads names a person as the identity
 * service knows them (郑伟), with their post where it matters (郑伟（副局长）), never by user id.
 * Posts come from {@code normflow.people.titles} (user id: post); without one, the post is the
 * person's role group (局领导, 专家 ...). Look-ups run without the caller's grants: clerks hold no grant
 * on users, and who did a step is part of the record whoever reads it.
 */
@Component("people")
@ConfigurationProperties(prefix = "normflow.people")
public class People {

  private final IdentityService identityService;

  /** User id: post (职务), e.g. leader: 局长. */
  private Map<String, String> titles = new LinkedHashMap<>();

  People(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Map<String, String> getTitles() {
    return titles;
  }

  public void setTitles(Map<String, String> titles) {
    this.titles = titles;
  }

  /** 郑伟; the id only when the identity service does not know the user; 系统 for none. */
  public String name(String userId) {
    if (userId == null || userId.isBlank()) {
      return "系统";
    }
    User user = unrestricted(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName())
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  /** 郑伟（副局长）: the configured post, else the first role group the user belongs to. */
  public String nameAndTitle(String userId) {
    String title = title(userId);
    return title == null ? name(userId) : name(userId) + "（" + title + "）";
  }

  /** The post of a user, or null. */
  public String title(String userId) {
    if (userId == null) {
      return null;
    }
    if (titles.containsKey(userId)) {
      return titles.get(userId);
    }
    for (Groups group : List.of(Groups.LEADERSHIP, Groups.EXPERTS, Groups.LEGAL_OFFICE, Groups.LEGAL_ADVISORS,
        Groups.FAIR_COMPETITION, Groups.INTEGRITY, Groups.ORGAN_OFFICE, Groups.DRAFTERS, Groups.AUDITORS)) {
      if (unrestricted(() -> identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count()) > 0) {
        return group == Groups.LEADERSHIP ? "局领导" : group.displayName();
      }
    }
    return null;
  }

  /** Whether the user belongs to the group (read without the caller's grants). */
  public boolean isMember(String userId, String groupId) {
    return userId != null
        && unrestricted(() -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count()) > 0;
  }

  /** 孙立、周敏 */
  public String names(List<String> userIds) {
    return String.join("、", userIds.stream().map(this::name).toList());
  }

  /** The members of a group, user id: name, by name (for a form's choice list). */
  public Map<String, String> membersOf(String groupId) {
    Map<String, String> members = new LinkedHashMap<>();
    unrestricted(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
        .forEach(u -> members.put(u.getId(), name(u.getId())));
    return members;
  }

  private <T> T unrestricted(Supplier<T> query) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
