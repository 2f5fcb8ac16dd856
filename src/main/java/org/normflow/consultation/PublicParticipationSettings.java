package org.normflow.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code normflow.public-participation}: the limits of public commenting (issue 14,
 * docs/public-participation.md). Field lengths never exceed the registry's columns
 * ({@code nf_public_comment}); the rate limit and the comment token are the measures against
 * flooding. Tests may change the values at run time and must restore them.
 */
@Component
@ConfigurationProperties(prefix = "normflow.public-participation")
public class PublicParticipationSettings {

  /** Storage limits: nf_public_comment.commenter_name VARCHAR(200), phone VARCHAR(50), email VARCHAR(200), clause VARCHAR(50). */
  public static final int STORED_NAME = 200;
  public static final int STORED_PHONE = 50;
  public static final int STORED_EMAIL = 200;
  public static final int STORED_CLAUSE = 50;

  private int maxTextLength = 5000;
  private int maxNameLength = 50;
  private int maxPhoneLength = 30;
  private int maxEmailLength = 200;
  /** Comments (attempts) one network address may send per window. */
  private int maxCommentsPerAddress = 10;
  private int rateWindowSeconds = 600;
  /** Issue 29: every public page, notice and comment token, per address and window ({@link PublicRequestLimit}). */
  private int maxRequestsPerAddress = 600;
  private int requestWindowSeconds = 60;
  /** The comment form's signed time token is required (the second measure against flooding). */
  private boolean requireToken = true;
  private int tokenMinAgeSeconds = 3;
  private int tokenMaxAgeMinutes = 240;
  /** Optional fixed token key (Base64, 32+ bytes); empty: a key generated once and kept in the registry. */
  private String tokenSecret = "";
  /** Without a token, the same text and contact sent again within this many minutes is stored once. */
  private int duplicateWindowMinutes = 60;
  /** How long a closed consultation stays on the public page's front list. */
  private int recentlyClosedDays = 90;

  public int getMaxTextLength() {
    return maxTextLength;
  }

  public void setMaxTextLength(int maxTextLength) {
    this.maxTextLength = maxTextLength;
  }

  public int getMaxNameLength() {
    return maxNameLength;
  }

  public void setMaxNameLength(int maxNameLength) {
    this.maxNameLength = Math.min(maxNameLength, STORED_NAME);
  }

  public int getMaxPhoneLength() {
    return maxPhoneLength;
  }

  public void setMaxPhoneLength(int maxPhoneLength) {
    this.maxPhoneLength = Math.min(maxPhoneLength, STORED_PHONE);
  }

  public int getMaxEmailLength() {
    return maxEmailLength;
  }

  public void setMaxEmailLength(int maxEmailLength) {
    this.maxEmailLength = Math.min(maxEmailLength, STORED_EMAIL);
  }

  public int getMaxCommentsPerAddress() {
    return maxCommentsPerAddress;
  }

  public void setMaxCommentsPerAddress(int maxCommentsPerAddress) {
    this.maxCommentsPerAddress = maxCommentsPerAddress;
  }

  public int getRateWindowSeconds() {
    return rateWindowSeconds;
  }

  public void setRateWindowSeconds(int rateWindowSeconds) {
    this.rateWindowSeconds = rateWindowSeconds;
  }

  public boolean isRequireToken() {
    return requireToken;
  }

  public void setRequireToken(boolean requireToken) {
    this.requireToken = requireToken;
  }

  public int getTokenMinAgeSeconds() {
    return tokenMinAgeSeconds;
  }

  public void setTokenMinAgeSeconds(int tokenMinAgeSeconds) {
    this.tokenMinAgeSeconds = tokenMinAgeSeconds;
  }

  public int getTokenMaxAgeMinutes() {
    return tokenMaxAgeMinutes;
  }

  public void setTokenMaxAgeMinutes(int tokenMaxAgeMinutes) {
    this.tokenMaxAgeMinutes = tokenMaxAgeMinutes;
  }

  public String getTokenSecret() {
    return tokenSecret;
  }

  public void setTokenSecret(String tokenSecret) {
    this.tokenSecret = tokenSecret;
  }



  public int getDuplicateWindowMinutes() {
    return duplicateWindowMinutes;
  }

  public void setDuplicateWindowMinutes(int duplicateWindowMinutes) {
    this.duplicateWindowMinutes = duplicateWindowMinutes;
  }

  public int getRecentlyClosedDays() {
    return recentlyClosedDays;
  }

  public void setRecentlyClosedDays(int recentlyClosedDays) {
    this.recentlyClosedDays = recentlyClosedDays;
  }

  public int getMaxRequestsPerAddress() {
    return maxRequestsPerAddress;
  }

  public void setMaxRequestsPerAddress(int maxRequestsPerAddress) {
    this.maxRequestsPerAddress = maxRequestsPerAddress;
  }

  public int getRequestWindowSeconds() {
    return requestWindowSeconds;
  }

  public void setRequestWindowSeconds(int requestWindowSeconds) {
    this.requestWindowSeconds = requestWindowSeconds;
  }
}
