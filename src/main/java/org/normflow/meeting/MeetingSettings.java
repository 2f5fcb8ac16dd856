package org.normflow.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code normflow.meeting.*}: the organ's meeting (organ-meeting, R-MD-11, R-ND-06). 713 does not say how
 * many members make a meeting; local rules differ (半数以上 in many government and bureau working rules,
 * 三分之二以上 in others), so the quorum is configurable and defaults to the stricter two thirds.
 */
@Component("meetingSettings")
@ConfigurationProperties(prefix = "normflow.meeting")
public class MeetingSettings {

  /** R-MD-11: who must be present (the head counted among the members): TWO_THIRDS, MORE_THAN_HALF or HALF. */
  private Quorum quorum = Quorum.TWO_THIRDS;

  /** R-MD-11, R-ND-06: kinds of meeting of the organ (code: label), offered by organ-meeting-record-attendance. */
  private Map<String, String> kinds = new LinkedHashMap<>();

  {
    kinds.put("LEADERSHIP", "局务会议（局领导班子会议）");
    kinds.put("OFFICE", "局长办公会议");
    kinds.put("STANDING", "政府常务会议");
    kinds.put("PLENARY", "政府全体会议");
    kinds.put("PARTY_COMMITTEE", "党委（党组）会议");
  }

  public Quorum getQuorum() {
    return quorum;
  }

  public void setQuorum(Quorum quorum) {
    this.quorum = quorum;
  }

  public Map<String, String> getKinds() {
    return kinds;
  }

  public void setKinds(Map<String, String> kinds) {
    this.kinds = kinds;
  }

  /** How many of the members (head included) must be present for the meeting to decide. */
  public enum Quorum {
    /** 三分之二以上: at least two thirds. */
    TWO_THIRDS("应到人数的三分之二以上"),
    /** 过半数: more than half. */
    MORE_THAN_HALF("超过应到人数的半数"),
    /** 半数以上: at least half. */
    HALF("应到人数的半数以上");

    private final String label;

    Quorum(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether {@code present} of {@code members} make the quorum. */
    public boolean met(int present, int members) {
      return members > 0 && switch (this) {
        case TWO_THIRDS -> present * 3 >= members * 2;
        case MORE_THAN_HALF -> present * 2 > members;
        case HALF -> present * 2 >= members;
      };
    }

    /** The smallest number present that makes the quorum. */
    public int minimum(int members) {
      for (int n = 0; n <= members; n++) {
        if (met(n, members)) {
          return n;
        }
      }
      return members;
    }
  }
}
