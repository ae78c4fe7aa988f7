package org.outagerecon.domain;

import java.util.Locale;

/** {@code media_class} of a media routing domain (data-contract.md §1). */
public enum MediaClass {
    VOICE, CHAT, EMAIL, TASK, OTHER;

    /**
     * The class of an HDS media class name ({@code Media_Class.Name}, data-contract.md §1): case insensitive, the
     * first match of containing {@code Voice}, {@code Chat}, {@code Email} or {@code EIM}, {@code Task} or
     * {@code Multichannel}; anything else is OTHER.
     */
    public static MediaClass ofName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("voice")) {
            return VOICE;
        }
        if (lower.contains("chat")) {
            return CHAT;
        }
        if (lower.contains("email") || lower.contains("eim")) {
            return EMAIL;
        }
        if (lower.contains("task") || lower.contains("multichannel")) {
            return TASK;
        }
        return OTHER;
    }
}
