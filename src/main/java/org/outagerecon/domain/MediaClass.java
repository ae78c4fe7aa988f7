package org.outagerecon.domain;

/** {@code media_class} of a media routing domain (data-contract.md §1). */
public enum MediaClass {
    VOICE, CHAT, EMAIL, TASK, OTHER
}
